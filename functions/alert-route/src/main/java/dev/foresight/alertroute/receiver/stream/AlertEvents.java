package dev.foresight.alertroute.receiver.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.alert.AlertView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Tells the SSE streams of an alert that began or ended by appending it to the {@link AlertLog},
 * which every instance's {@link AlertFeed} reads, so a stream may be open on any instance and a
 * reconnecting client replays what it missed. An append that fails is logged, it never fails the
 * alert's intake.
 */
@ApplicationScoped
public class AlertEvents {
    private static final Logger LOG = Logger.getLogger(AlertEvents.class);
    /** Redis away must not hold the intake: past this, the append is given up (and logged). */
    private static final int APPEND_WAIT_SECONDS = 2;
    private static final Duration APPEND_WAIT = Duration.ofSeconds(APPEND_WAIT_SECONDS);

    private final AlertLog log;
    private final ObjectMapper json;

    public AlertEvents(AlertLog log, ObjectMapper json) {
        this.log = log;
        this.json = json;
    }

    /**
     * Appends the alerts, in order, with one pipelined call to the log, and completes once they are
     * in it (or the append failed or took longer than {@value #APPEND_WAIT_SECONDS} s, which is
     * logged): an intake that waits for it acknowledges only alerts the streams will carry, and one
     * client's successive posts are in the log in the order posted.
     */
    public Uni<Void> publishInOrder(List<AlertView> alerts) {
        List<String> bodies = alerts.stream().map(this::body).flatMap(Optional::stream).toList();
        return log.appendAll(bodies)
                .ifNoItem().after(APPEND_WAIT).fail()
                .onFailure().invoke(failure -> LOG.warnf("%d alerts not appended to the stream log: %s", bodies.size(),
                        failure.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Optional<String> body(AlertView alert) {
        try {
            return Optional.of(json.writeValueAsString(alert));
        } catch (JsonProcessingException impossible) {
            LOG.errorf("cannot write alert %d as JSON: %s", alert.id(), impossible.getOriginalMessage());
            return Optional.empty();
        }
    }

    public void publish(AlertView alert) {
        String body;
        try {
            body = json.writeValueAsString(alert);
        } catch (JsonProcessingException impossible) {
            LOG.errorf("cannot write alert %d as JSON: %s", alert.id(), impossible.getOriginalMessage());
            return;
        }
        log.append(body).subscribe().with(
                id -> { },
                failure -> LOG.warnf("alert %d not appended to the stream log: %s", alert.id(), failure.getMessage()));
    }
}
