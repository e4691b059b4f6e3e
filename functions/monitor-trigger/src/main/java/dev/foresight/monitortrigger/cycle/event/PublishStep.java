package dev.foresight.monitortrigger.cycle.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.monitortrigger.cycle.CycleRun;
import dev.foresight.monitortrigger.cycle.CycleStep;
import dev.foresight.monitortrigger.cycle.FailureText;
import dev.foresight.shared.redis.Channels;
import dev.foresight.shared.redis.EventPublisher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Publish: the cycle's report goes out on {@link Channels#CYCLES} for dashboards and streams. */
@ApplicationScoped
public class PublishStep implements CycleStep {
    private final EventPublisher events;
    private final ObjectMapper json;

    public PublishStep(EventPublisher events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    @Override
    public Uni<Void> apply(CycleRun run) {
        return Uni.createFrom().item(run::report)
                .map(this::toJson)
                .chain(event -> events.publish(Channels.CYCLES, event))
                .onFailure().recoverWithItem(failure -> {
                    run.error("publish", null, FailureText.of(failure));
                    return null;
                });
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the cycle report", e);
        }
    }
}
