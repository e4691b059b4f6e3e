package dev.foresight.alertroute.receiver.stream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * This instance's reader of the {@link AlertLog}, shared by all its open streams: one loop of
 * {@code XREAD BLOCK} from the last id it read, each entry handed to every stream. Why this and
 * not pub/sub: the cursor is an id in the log, so a dropped connection or a lost wake-up loses
 * nothing, and it holds one Redis connection per instance, not one per stream.
 */
@Singleton
public class AlertFeed {
    private static final Logger LOG = Logger.getLogger(AlertFeed.class);
    /** Under the Redis client's command time-out (10 s by default). */
    private static final Duration BLOCK = Duration.ofSeconds(2);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final int BATCH = 500;

    private final AlertLog log;
    private final BroadcastProcessor<AlertLog.Entry> entries = BroadcastProcessor.create();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean closed;

    public AlertFeed(AlertLog log) {
        this.log = log;
    }

    /**
     * Every entry appended after the reader started, in log order; a hot stream that replays
     * nothing (streams read what came before from the log itself). The reader starts on first use.
     */
    public Multi<AlertLog.Entry> entries() {
        if (started.compareAndSet(false, true)) {
            log.state().subscribe().with(state -> read(state.lastGenerated()), failure -> retry(null, failure));
        }
        return entries;
    }

    private void read(EventId after) {
        if (closed) {
            return;
        }
        log.next(after, BLOCK, BATCH).subscribe().with(batch -> {
            batch.forEach(entries::onNext);
            read(last(batch, after));
        }, failure -> retry(after, failure));
    }

    /** After a failure, tries again from the same id (or, before the first read, from the log's end). */
    private void retry(EventId after, Throwable failure) {
        if (closed) {
            return;
        }
        LOG.warnf("alert log not readable, retrying in %s: %s", RETRY_AFTER, failure.getMessage());
        Uni.createFrom().voidItem().onItem().delayIt().by(RETRY_AFTER).subscribe().with(ok -> {
            if (after != null) {
                read(after);
            } else {
                log.state().subscribe().with(state -> read(state.lastGenerated()), again -> retry(null, again));
            }
        });
    }

    private static EventId last(List<AlertLog.Entry> batch, EventId otherwise) {
        return batch.isEmpty() ? otherwise : batch.get(batch.size() - 1).id();
    }

    @PreDestroy
    void close() {
        closed = true;
    }
}
