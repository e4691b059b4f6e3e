package dev.foresight.alertroute.receiver.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.alert.AlertView;
import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.severity.Severity;
import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Opens a session's stream: the instance's alert feed, filtered for the session, plus heartbeats,
 * until the token that opened it expires or is revoked; then a last event says which, and the
 * stream ends.
 */
@ApplicationScoped
public class StreamService {
    private static final Logger LOG = Logger.getLogger(StreamService.class);
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final AlertFeed feed;
    private final RevocationFeed revocations;
    private final ObjectMapper json;
    private final Duration heartbeat;
    private final int buffer;

    public StreamService(AlertFeed feed, RevocationFeed revocations, ObjectMapper json, AlertRouteConfig config) {
        this.feed = feed;
        this.revocations = revocations;
        this.json = json;
        this.heartbeat = config.stream().heartbeat();
        this.buffer = config.stream().buffer();
    }

    /**
     * {@code severity} and {@code service} are comma-separated lists, either may be absent. The
     * first event is a heartbeat, sent once the feeds are subscribed: a client that has seen it
     * misses no alert, and no revocation, published afterwards.
     */
    public Multi<StreamEvent> open(String sessionId, String severity, String service, StreamToken token) {
        if (sessionId == null || !SESSION_ID.matcher(sessionId).matches()) {
            throw ProblemException.invalid("sessionId", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        StreamFilter filter = new StreamFilter(severities(severity), list(service));
        LOG.debugf("stream %s opened with %s", sessionId, filter);
        Multi<StreamEvent> beats = Multi.createBy().concatenating().streams(
                        Multi.createFrom().item(0L),
                        Multi.createFrom().ticks().startingAfter(heartbeat).every(heartbeat).onOverflow().drop())
                .<StreamEvent>map(tick -> new StreamEvent.Heartbeat(Instant.now()));
        Multi<StreamEvent> alerts = feed.messages()
                .onOverflow().buffer(buffer)
                .map(this::read)
                .filter(alert -> alert != null && filter.admits(alert.severity(), alert.service()))
                .<StreamEvent>map(StreamEvent.Alert::new);
        // alerts is subscribed before beats, so the first heartbeat means "attached to the feed"
        Multi<StreamEvent> live = Multi.createBy().merging().streams(alerts, beats);
        return Uni.combine().all().unis(feed.ready(), revocations.ready()).discardItems()
                .onItem().transformToMulti(ready -> until(live, end(token)));
    }

    /** The token's end: its expiry, or a revocation that names it, whichever comes first. */
    private Uni<StreamEvent> end(StreamToken token) {
        Uni<StreamEvent> expiry = token.expiresAt()
                .map(at -> Uni.createFrom().<StreamEvent>item(new StreamEvent.End(StreamEvent.End.TOKEN_EXPIRED))
                        .onItem().delayIt().by(Duration.ofMillis(Math.max(0, at.toEpochMilli() - System.currentTimeMillis()))))
                .orElseGet(() -> Uni.createFrom().nothing());
        Uni<StreamEvent> revoked = revocations.messages()
                .map(message -> Revocation.read(json, message))
                .filter(revocation -> revocation.isPresent() && token.revokedBy(revocation.get()))
                .<StreamEvent>map(revocation -> new StreamEvent.End(StreamEvent.End.TOKEN_REVOKED))
                .toUni();
        return Uni.combine().any().of(expiry, revoked);
    }

    /** {@code live} until {@code end} comes; then {@code end}'s event, and the stream completes. */
    private static Multi<StreamEvent> until(Multi<StreamEvent> live, Uni<StreamEvent> end) {
        return Multi.createFrom().emitter(emitter -> {
            Cancellable events = live.subscribe().with(emitter::emit, emitter::fail, emitter::complete);
            Cancellable ending = end.subscribe().with(last -> {
                events.cancel();
                LOG.debugf("stream ends: %s", last);
                emitter.emit(last);
                emitter.complete();
            }, emitter::fail);
            emitter.onTermination(() -> {
                events.cancel();
                ending.cancel();
            });
        });
    }

    private AlertView read(String message) {
        try {
            return json.readValue(message, AlertView.class);
        } catch (JsonProcessingException unreadable) {
            LOG.warnf("skipping an unreadable message on the alert channel: %s", unreadable.getOriginalMessage());
            return null;
        }
    }

    private static Set<Severity> severities(String raw) {
        try {
            return Severity.parseAll(list(raw));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalid("severity", unknown.getMessage());
        }
    }

    private static Set<String> list(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
