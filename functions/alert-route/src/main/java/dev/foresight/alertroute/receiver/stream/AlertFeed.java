package dev.foresight.alertroute.receiver.stream;

import dev.foresight.shared.redis.Channels;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** This instance's subscription to {@link Channels#ALERTS}: every alert published, as JSON. */
@ApplicationScoped
public class AlertFeed {
    private final ChannelFeed feed;

    public AlertFeed(ReactiveRedisDataSource redis) {
        this.feed = new ChannelFeed(redis, Channels.ALERTS);
    }

    /** Completes once Redis has confirmed the subscription. */
    public Uni<Void> ready() {
        return feed.ready();
    }

    /** Every message published while subscribed; a hot stream that replays nothing. */
    public Multi<String> messages() {
        return feed.messages();
    }

    @PreDestroy
    void close() {
        feed.close();
    }
}
