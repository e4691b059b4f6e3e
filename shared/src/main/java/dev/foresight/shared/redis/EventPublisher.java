package dev.foresight.shared.redis;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes JSON events on named Redis channels ({@link Channels}) and subscribes to them. */
@ApplicationScoped
public class EventPublisher {
    private final ReactivePubSubCommands<String> pubsub;

    public EventPublisher(ReactiveRedisDataSource redis) {
        this.pubsub = redis.pubsub(String.class);
    }

    public Uni<Void> publish(String channel, String json) {
        return pubsub.publish(channel, json);
    }

    public Multi<String> subscribe(String channel) {
        return pubsub.subscribe(channel);
    }
}
