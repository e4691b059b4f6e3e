package dev.foresight.monitortrigger.fleet.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalCyclesTest {
    private static CriticalCycles.Edge e(String from, String to) {
        return new CriticalCycles.Edge(from, to);
    }

    @Test
    void aTreeHasNoCycle() {
        assertEquals(List.of(), CriticalCycles.find(List.of(e("web", "api"), e("api", "db"), e("web", "db"))));
    }

    @Test
    void oneCyclePerGroupShortestThroughTheFirstName() {
        List<List<String>> cycles = CriticalCycles.find(List.of(
                e("c", "a"), e("a", "b"), e("b", "c"), e("b", "a"), // one group {a, b, c}: a → b → a is shortest
                e("x", "y"), e("y", "z"), e("z", "x"), // another group
                e("z", "a")));
        assertEquals(List.of(List.of("a", "b", "a"), List.of("x", "y", "z", "x")), cycles);
        assertEquals("x → y → z → x", CriticalCycles.render(cycles.get(1)));
    }

    @Test
    void aLongChainClosedOnceDoesNotExhaustTheStack() {
        List<CriticalCycles.Edge> edges = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            edges.add(e("s" + i, "s" + (i + 1)));
        }
        edges.add(e("s50000", "s0"));
        List<List<String>> cycles = CriticalCycles.find(edges);
        assertEquals(1, cycles.size());
        assertEquals(50_002, cycles.get(0).size());
    }
}
