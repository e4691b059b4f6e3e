package dev.foresight.alertroute.receiver.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.alert.AlertView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
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

    private final AlertLog log;
    private final ObjectMapper json;

    public AlertEvents(AlertLog log, ObjectMapper json) {
        this.log = log;
        this.json = json;
    }

    /** Tells the streams of several alerts with one call to the log, in order. */
    public void publishAll(List<AlertView> alerts) {
        List<String> bodies = new ArrayList<>();
        for (AlertView alert : alerts) {
            try {
                bodies.add(json.writeValueAsString(alert));
            } catch (JsonProcessingException impossible) {
                LOG.errorf("cannot write alert %d as JSON: %s", alert.id(), impossible.getOriginalMessage());
            }
        }
        log.appendAll(bodies).subscribe().with(
                done -> { },
                failure -> LOG.warnf("%d alerts not appended to the stream log: %s", bodies.size(), failure.getMessage()));
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
