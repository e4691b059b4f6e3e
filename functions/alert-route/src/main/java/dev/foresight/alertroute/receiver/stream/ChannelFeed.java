package dev.foresight.alertroute.receiver.stream;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * This instance's subscription to one Redis channel, shared by all its open streams: one Redis
 * connection per instance and channel rather than one per stream. Subscribed on first use; if the
 * connection is lost, it subscribes again after a pause, for as long as the instance runs.
 */
abstract class ChannelFeed {
    private static final Logger LOG = Logger.getLogger(ChannelFeed.class);
    private static final Duration RESUBSCRIBE_AFTER = Duration.ofSeconds(1);
    /**
     * The Redis client occasionally drops the SUBSCRIBE confirmation ("No handler waiting for
     * message") although the subscription is live; past this wait the feed counts as subscribed
     * rather than holding every stream open with nothing to say.
     */
    private static final Duration CONFIRMATION_WAIT = Duration.ofSeconds(2);

    private final String channel;
    private final ReactivePubSubCommands<String> pubsub;
    private final BroadcastProcessor<String> messages = BroadcastProcessor.create();
    private final AtomicReference<Uni<Void>> subscription = new AtomicReference<>();
    private volatile boolean closed;

    ChannelFeed(ReactiveRedisDataSource redis, String channel) {
        this.pubsub = redis.pubsub(String.class);
        this.channel = channel;
    }

    /**
     * Completes once Redis has confirmed this instance's subscription; messages published after
     * that reach {@link #messages()}.
     */
    public Uni<Void> ready() {
        return subscribed();
    }

    /** Every message published while subscribed; a hot stream that replays nothing. */
    public Multi<String> messages() {
        return messages;
    }

    private Uni<Void> subscribed() {
        Uni<Void> current = subscription.get();
        if (current != null) {
            return current;
        }
        Uni<Void> attempt = pubsub.subscribe(channel, messages::onNext, this::lost, failure -> lost())
                .replaceWithVoid()
                .onFailure().invoke(failure -> {
                    LOG.warnf("cannot subscribe to %s: %s", channel, failure.getMessage());
                    lost();
                })
                .memoize().indefinitely();
        // Only the wait gives up, never the attempt: cancelling a subscription still connecting
        // (a busy machine takes over two seconds) would leave a feed that looks subscribed and
        // never receives anything.
        Uni<Void> fresh = attempt
                .ifNoItem().after(CONFIRMATION_WAIT).recoverWithUni(() -> {
                    LOG.debugf("no confirmation of the subscription to %s; proceeding", channel);
                    return Uni.createFrom().voidItem();
                })
                .memoize().indefinitely();
        if (!subscription.compareAndSet(null, fresh)) {
            return subscription.get();
        }
        attempt.subscribe().with(ok -> { }, failure -> { });
        return fresh;
    }

    private void lost() {
        subscription.set(null);
        if (closed) {
            return;
        }
        // a failed attempt calls lost() again, so this retries once per pause until Redis is back
        Uni.createFrom().voidItem().onItem().delayIt().by(RESUBSCRIBE_AFTER)
                .chain(() -> closed ? Uni.createFrom().voidItem() : subscribed())
                .subscribe().with(ok -> { }, failure -> { });
    }

    @PreDestroy
    void close() {
        closed = true;
    }
}
