package dev.foresight.alertroute.receiver.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.alert.AlertView;
import dev.foresight.alertroute.notify.Receiver;
import dev.foresight.alertroute.notify.SendResult;
import dev.foresight.shared.redis.Channels;
import dev.foresight.shared.redis.EventPublisher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every new alert goes to the SSE streams. "Sending" is publishing on the shared Redis channel:
 * each instance's {@link AlertFeed} hears it, so a stream may be open on any instance.
 */
@ApplicationScoped
public class StreamReceiver implements Receiver {
    private final EventPublisher events;
    private final ObjectMapper json;

    public StreamReceiver(EventPublisher events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    @Override
    public String name() {
        return "stream";
    }

    @Override
    public boolean accepts(AlertView alert) {
        return true;
    }

    @Override
    public Uni<SendResult> send(AlertView alert) {
        String body;
        try {
            body = json.writeValueAsString(alert);
        } catch (JsonProcessingException impossible) {
            return Uni.createFrom().item(SendResult.fatal("cannot write the alert as JSON: " + impossible.getOriginalMessage()));
        }
        return events.publish(Channels.ALERTS, body).replaceWith(SendResult.ok("published on " + Channels.ALERTS));
    }
}
