package dev.foresight.alertroute.receiver.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.alert.AlertView;
import dev.foresight.shared.redis.Channels;
import dev.foresight.shared.redis.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Tells the SSE streams of an alert that began or ended. Publishing on the shared Redis channel
 * reaches every instance's {@link AlertFeed}, so a stream may be open on any instance. The streams
 * are a live view: a publication that fails is logged, it never fails the alert's intake.
 */
@ApplicationScoped
public class AlertEvents {
    private static final Logger LOG = Logger.getLogger(AlertEvents.class);

    private final EventPublisher events;
    private final ObjectMapper json;

    public AlertEvents(EventPublisher events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    public void publish(AlertView alert) {
        String body;
        try {
            body = json.writeValueAsString(alert);
        } catch (JsonProcessingException impossible) {
            LOG.errorf("cannot write alert %d as JSON: %s", alert.id(), impossible.getOriginalMessage());
            return;
        }
        events.publish(Channels.ALERTS, body).subscribe().with(
                done -> { },
                failure -> LOG.warnf("alert %d not published to the streams: %s", alert.id(), failure.getMessage()));
    }
}
