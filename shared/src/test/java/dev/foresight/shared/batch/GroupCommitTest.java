package dev.foresight.shared.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    /** A write that stays in flight until the test completes it, and records what each write carried. */
    private static final class HeldWrites {
        final List<List<Integer>> carried = new ArrayList<>();
        final List<CompletableFuture<List<String>>> pending = new ArrayList<>();

        Uni<List<String>> write(List<Integer> items) {
            carried.add(List.copyOf(items));
            CompletableFuture<List<String>> done = new CompletableFuture<>();
            pending.add(done);
            return Uni.createFrom().completionStage(done);
        }

        void commit(int write) {
            pending.get(write).complete(carried.get(write).stream().map(i -> "r" + i).toList());
        }
    }

    @Test
    void aLoneRequestIsWrittenAtOnce() {
        HeldWrites writes = new HeldWrites();
        GroupCommit<Integer, String> commits = new GroupCommit<>(100, 1, writes::write);
        var first = commits.submit(List.of(1, 2)).subscribe().withSubscriber(UniAssertSubscriber.create());
        assertEquals(List.of(List.of(1, 2)), writes.carried);
        writes.commit(0);
        first.assertItem(List.of("r1", "r2"));
    }

    @Test
    void requestsArrivingDuringAWriteGoTogetherInTheNextAndEachGetsItsOwnResults() {
        HeldWrites writes = new HeldWrites();
        GroupCommit<Integer, String> commits = new GroupCommit<>(100, 1, writes::write);
        var first = commits.submit(List.of(1)).subscribe().withSubscriber(UniAssertSubscriber.create());
        var second = commits.submit(List.of(2, 3)).subscribe().withSubscriber(UniAssertSubscriber.create());
        var third = commits.submit(List.of(4)).subscribe().withSubscriber(UniAssertSubscriber.create());
        assertEquals(List.of(List.of(1)), writes.carried);
        assertEquals(2, commits.waiting());
        writes.commit(0);
        first.assertItem(List.of("r1"));
        second.assertNotTerminated();
        assertEquals(List.of(List.of(1), List.of(2, 3, 4)), writes.carried);
        writes.commit(1);
        second.assertItem(List.of("r2", "r3"));
        third.assertItem(List.of("r4"));
        assertEquals(0, commits.waiting());
    }

    @Test
    void aWriteTakesAtMostMaxItemsButALargeRequestGoesAlone() {
        HeldWrites writes = new HeldWrites();
        GroupCommit<Integer, String> commits = new GroupCommit<>(3, 1, writes::write);
        commits.submit(List.of(0)).subscribe().withSubscriber(UniAssertSubscriber.create());
        var big = commits.submit(List.of(1, 2, 3, 4)).subscribe().withSubscriber(UniAssertSubscriber.create());
        var small = commits.submit(List.of(5)).subscribe().withSubscriber(UniAssertSubscriber.create());
        writes.commit(0);
        writes.commit(1);
        writes.commit(2);
        assertEquals(List.of(List.of(0), List.of(1, 2, 3, 4), List.of(5)), writes.carried);
        big.assertItem(List.of("r1", "r2", "r3", "r4"));
        small.assertItem(List.of("r5"));
    }

    @Test
    void aFailedWriteFailsEveryRequestItCarriedAndTheNextStillRuns() {
        HeldWrites writes = new HeldWrites();
        GroupCommit<Integer, String> commits = new GroupCommit<>(100, 1, writes::write);
        commits.submit(List.of(0)).subscribe().withSubscriber(UniAssertSubscriber.create());
        var a = commits.submit(List.of(1)).subscribe().withSubscriber(UniAssertSubscriber.create());
        var b = commits.submit(List.of(2)).subscribe().withSubscriber(UniAssertSubscriber.create());
        writes.commit(0);
        var c = commits.submit(List.of(3)).subscribe().withSubscriber(UniAssertSubscriber.create());
        writes.pending.get(1).completeExceptionally(new IllegalStateException("connection lost"));
        a.assertFailedWith(IllegalStateException.class, "connection lost");
        b.assertFailedWith(IllegalStateException.class, "connection lost");
        writes.commit(2);
        c.assertItem(List.of("r3"));
    }

    @Test
    void aWriteThatAnswersTheWrongNumberOfResultsFailsItsRequests() {
        GroupCommit<Integer, String> commits = new GroupCommit<>(100, 1, items -> Uni.createFrom().item(List.of("only one")));
        commits.submit(List.of(1, 2)).subscribe().withSubscriber(UniAssertSubscriber.create())
                .assertFailedWith(IllegalStateException.class, "answered 1 results for 2 items");
    }

    @Test
    void withTwoInFlightTheSecondRequestGoesAtOnceAndTheThirdWaitsForEither() {
        HeldWrites writes = new HeldWrites();
        GroupCommit<Integer, String> commits = new GroupCommit<>(100, 2, writes::write);
        var first = commits.submit(List.of(1)).subscribe().withSubscriber(UniAssertSubscriber.create());
        var second = commits.submit(List.of(2)).subscribe().withSubscriber(UniAssertSubscriber.create());
        var third = commits.submit(List.of(3)).subscribe().withSubscriber(UniAssertSubscriber.create());
        var fourth = commits.submit(List.of(4)).subscribe().withSubscriber(UniAssertSubscriber.create());
        assertEquals(List.of(List.of(1), List.of(2)), writes.carried);
        writes.commit(1);
        second.assertItem(List.of("r2"));
        first.assertNotTerminated();
        assertEquals(List.of(List.of(1), List.of(2), List.of(3, 4)), writes.carried);
        writes.commit(0);
        writes.commit(2);
        first.assertItem(List.of("r1"));
        third.assertItem(List.of("r3"));
        fourth.assertItem(List.of("r4"));
        var fifth = commits.submit(List.of(5)).subscribe().withSubscriber(UniAssertSubscriber.create());
        assertEquals(List.of(5), writes.carried.get(3), "both slots free again: a lone request goes at once");
        writes.commit(3);
        fifth.assertItem(List.of("r5"));
    }

    @Test
    void maxItemsMustBePositive() {
        var refused = assertThrows(IllegalArgumentException.class,
                () -> new GroupCommit<Integer, String>(0, 1, items -> Uni.createFrom().item(List.of())));
        assertTrue(refused.getMessage().contains("maxItems must be at least 1, got 0"), refused.getMessage());
    }
}
