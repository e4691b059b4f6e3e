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
 * and a lone request waits for nothing (no timer). One write is in flight at a time; a write takes
 * at most {@code maxItems} items (a request that alone holds more goes alone). Every request is
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
    private final ArrayDeque<Waiting<T, R>> queue = new ArrayDeque<>();
    private boolean writing;

    /** {@code write} gets the items of every request it carries, concatenated, and answers one result per item. */
    public GroupCommit(int maxItems, Function<List<T>, Uni<List<R>>> write) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1, got " + maxItems);
        }
        this.maxItems = maxItems;
        this.write = Objects.requireNonNull(write, "write");
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
                start = !writing;
                writing = true;
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
                writing = false;
                return;
            }
        }
        Uni<List<R>> written;
        try {
            written = write.apply(items);
        } catch (RuntimeException failure) {
            written = Uni.createFrom().failure(failure);
        }
        written.subscribe().with(results -> {
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
