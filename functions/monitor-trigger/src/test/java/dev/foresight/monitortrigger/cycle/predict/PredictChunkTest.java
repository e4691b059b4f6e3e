package dev.foresight.monitortrigger.cycle.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictChunkTest {
    private final List<PredictOutcome> settled = new ArrayList<>();
    private final PredictChunk chunk = new PredictChunk(List.of("a", "b", "c", "d"), settled::add);

    private static PredictLine predicted(int index, String service) {
        return new PredictLine(index, service, new PredictResponse(service, "2026-01-01T00:00:00Z", null, null), null);
    }

    private static PredictLine problem(int index, String service, int status, String detail) {
        return new PredictLine(index, service, null, new PredictLine.Problem(status, detail));
    }

    @Test
    void eachLineSettlesItsServiceAndARetryAsksOnlyForTheRest() {
        List<String> asked = chunk.pending();
        chunk.answer(asked, predicted(0, "a"));
        chunk.answer(asked, problem(1, "b", 404, "service \"b\" is not registered"));
        chunk.answer(asked, problem(2, "c", 503, "the database cannot be reached"));
        // the stream broke before d's line

        assertEquals(List.of("c", "d"), chunk.pending());
        assertThrows(PredictChunk.Unsettled.class, chunk::requireSettled);
        assertEquals(List.of(PredictOutcome.predicted("a", predicted(0, "a").prediction()),
                PredictOutcome.failed("b", "predict answered 404: service \"b\" is not registered")), settled);

        List<String> retry = chunk.pending();
        chunk.answer(retry, predicted(1, "d"));
        chunk.answer(retry, predicted(0, "a")); // a line that is not the entry at its index: ignored
        chunk.giveUp("timed out");

        assertEquals(List.of(), chunk.pending());
        assertEquals(List.of("a", "b", "d", "c"), settled.stream().map(PredictOutcome::service).toList());
        assertEquals("predict answered 503: the database cannot be reached", settled.get(3).error(),
                "a service keeps its own entry's problem rather than the call's");
    }

    @Test
    void aFullySettledChunkNeedsNoRetry() {
        List<String> asked = chunk.pending();
        for (int i = 0; i < asked.size(); i++) {
            chunk.answer(asked, predicted(i, asked.get(i)));
        }
        chunk.requireSettled();
        chunk.giveUp("unused");
        assertEquals(4, settled.size());
    }
}
