package dev.foresight.alertroute.receiver.stream;

import dev.foresight.shared.redis.Channels;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import jakarta.inject.Singleton;

/** This instance's subscription to {@link Channels#ALERTS}: every alert published, as JSON. */
@Singleton
public class AlertFeed extends ChannelFeed {
    public AlertFeed(ReactiveRedisDataSource redis) {
        super(redis, Channels.ALERTS);
    }
}
