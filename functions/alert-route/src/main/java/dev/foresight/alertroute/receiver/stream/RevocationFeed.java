package dev.foresight.alertroute.receiver.stream;

import dev.foresight.shared.redis.Channels;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import jakarta.inject.Singleton;

/** This instance's subscription to {@link Channels#REVOCATIONS}: token revocations, as JSON. */
@Singleton
public class RevocationFeed extends ChannelFeed {
    public RevocationFeed(ReactiveRedisDataSource redis) {
        super(redis, Channels.REVOCATIONS);
    }
}
