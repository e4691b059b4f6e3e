package dev.foresight.shared.batch;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Group commit: requests that arrive while a write is in flight wait for it and then go out
 * together in the next one, so a storm of small requests costs a few transactions, not one each,
 * and a lone request waits for nothing (no timer). At most {@code maxInFlight} writes run at once
 * (while one waits for its commit the next is already on its way); a write takes at most
 * {@code maxItems} items (a request that alone holds more goes alone). Every request is
 * answered with exactly its own results, in its own order, on its own Vert.x context, once the
 * write holding it committed, or with the write's failure.
 *
 * <p>Written here because the pool batches statements, not callers; no library in the stack queues
 * concurrent callers into one transaction.
 *
 * @param <T> what a request hands in, one per item
 * @param <R> what the write answers per item, in the order of the items
 */
public final class GroupCommit<T, R> {
    private final Function<List<T>, Uni<List<R>>> write;
    private final int maxItems;
    private final int maxInFlight;
    private final Observer observer;
    private final ArrayDeque<Waiting<T, R>> queue = new ArrayDeque<>();
    private int inFlight;

    /** Hears of every write that ended: how many requests and items it carried, how long it took, whether it failed. */
    @FunctionalInterface
    public interface Observer {
        void written(int requests, int items, long nanos, boolean failed);
    }

    /** {@code write} gets the items of every request it carries, concatenated, and answers one result per item. */
    public GroupCommit(int maxItems, int maxInFlight, Function<List<T>, Uni<List<R>>> write) {
        this(maxItems, maxInFlight, write, (requests, items, nanos, failed) -> { });
    }

    public GroupCommit(int maxItems, int maxInFlight, Function<List<T>, Uni<List<R>>> write, Observer observer) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1, got " + maxItems);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
        }
        this.maxItems = maxItems;
        this.maxInFlight = maxInFlight;
        this.write = Objects.requireNonNull(write, "write");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    private record Waiting<T, R>(List<T> items, Context context, Answer<R> answer) {}

    private interface Answer<R> {
        void complete(List<R> results);

        void fail(Throwable failure);
    }

    /** The results of {@code items}, once the write that carried them committed. */
    public Uni<List<R>> submit(List<T> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.createFrom().emitter(emitter -> {
            Waiting<T, R> waiting = new Waiting<>(List.copyOf(items), Vertx.currentContext(), new Answer<>() {
                @Override
                public void complete(List<R> results) {
                    emitter.complete(results);
                }

                @Override
                public void fail(Throwable failure) {
                    emitter.fail(failure);
                }
            });
            boolean start;
            synchronized (this) {
                queue.add(waiting);
                start = inFlight < maxInFlight;
                if (start) {
                    inFlight++;
                }
            }
            if (start) {
                next();
            }
        });
    }

    /** How many requests wait for the next write (for metrics). */
    public synchronized int waiting() {
        return queue.size();
    }

    private void next() {
        List<Waiting<T, R>> batch = new ArrayList<>();
        List<T> items = new ArrayList<>();
        synchronized (this) {
            while (!queue.isEmpty() && (batch.isEmpty() || items.size() + queue.peek().items().size() <= maxItems)) {
                Waiting<T, R> waiting = queue.poll();
                batch.add(waiting);
                items.addAll(waiting.items());
            }
            if (batch.isEmpty()) {
                inFlight--;
                return;
            }
        }
        long started = System.nanoTime();
        Uni<List<R>> written;
        try {
            written = write.apply(items);
        } catch (RuntimeException failure) {
            written = Uni.createFrom().failure(failure);
        }
        written.subscribe().with(results -> {
            observer.written(batch.size(), items.size(), System.nanoTime() - started, results.size() != items.size());
            if (results.size() != items.size()) {
                failAll(batch, new IllegalStateException("the write answered " + results.size() + " results for "
                        + items.size() + " items"));
            } else {
                int from = 0;
                for (Waiting<T, R> waiting : batch) {
                    List<R> own = List.copyOf(results.subList(from, from + waiting.items().size()));
                    from += waiting.items().size();
                    answer(waiting, () -> waiting.answer().complete(own));
                }
            }
            next();
        }, failure -> {
            observer.written(batch.size(), items.size(), System.nanoTime() - started, true);
            failAll(batch, failure);
            next();
        });
    }

    private void failAll(List<Waiting<T, R>> batch, Throwable failure) {
        for (Waiting<T, R> waiting : batch) {
            answer(waiting, () -> waiting.answer().fail(failure));
        }
    }

    private static void answer(Waiting<?, ?> waiting, Runnable answer) {
        if (waiting.context() == null || waiting.context() == Vertx.currentContext()) {
            answer.run();
        } else {
            waiting.context().runOnContext(ignored -> answer.run());
        }
    }
}
