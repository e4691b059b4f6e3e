package dev.foresight.alertroute.receiver.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.alert.AlertView;
import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.severity.Severity;
import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Opens a session's stream: the instance's alert feed, filtered for the session, plus heartbeats. */
@ApplicationScoped
public class StreamService {
    private static final Logger LOG = Logger.getLogger(StreamService.class);
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final AlertFeed feed;
    private final ObjectMapper json;
    private final Duration heartbeat;
    private final int buffer;

    public StreamService(AlertFeed feed, ObjectMapper json, AlertRouteConfig config) {
        this.feed = feed;
        this.json = json;
        this.heartbeat = config.stream().heartbeat();
        this.buffer = config.stream().buffer();
    }

    /**
     * {@code severity} and {@code service} are comma-separated lists, either may be absent. The
     * first event is a heartbeat, sent once the feed is subscribed: a client that has seen it
     * misses no alert published afterwards.
     */
    public Multi<StreamEvent> open(String sessionId, String severity, String service) {
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
        return feed.ready().onItem().transformToMulti(ready -> Multi.createBy().merging().streams(alerts, beats));
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
