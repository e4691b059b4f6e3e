package dev.foresight.predict.cascade;

import static dev.foresight.predict.cascade.DependencyKind.CRITICAL;
import static dev.foresight.predict.cascade.DependencyKind.FALLBACK;
import static dev.foresight.predict.cascade.DependencyKind.OPTIONAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CascadePropagatorTest {
    private final CascadePropagator propagator = new CascadePropagator(0.1);

    static DependencyEdge edge(String service, String dependsOn, DependencyKind kind, double weight) {
        return new DependencyEdge(service, dependsOn, kind, weight);
    }

    static Stream<Arguments> graphs() {
        return Stream.of(
                Arguments.of("weights multiply along a path",
                        List.of(edge("checkout", "payments", CRITICAL, 0.8), edge("web", "checkout", CRITICAL, 0.5)),
                        Map.of("checkout", 0.8, "web", 0.4)),
                Arguments.of("optional and fallback edges are ignored",
                        List.of(edge("checkout", "payments", OPTIONAL, 1.0), edge("web", "payments", FALLBACK, 1.0),
                                edge("admin", "payments", CRITICAL, 0.9)),
                        Map.of("admin", 0.9)),
                Arguments.of("a cycle terminates",
                        List.of(edge("a", "payments", CRITICAL, 0.9), edge("b", "a", CRITICAL, 0.9),
                                edge("payments", "b", CRITICAL, 0.9), edge("a", "b", CRITICAL, 0.9)),
                        Map.of("a", 0.9, "b", 0.81)),
                Arguments.of("the most likely of two paths wins",
                        List.of(edge("a", "payments", CRITICAL, 0.3), edge("b", "payments", CRITICAL, 0.9),
                                edge("a", "b", CRITICAL, 0.9)),
                        Map.of("a", 0.81, "b", 0.9)),
                Arguments.of("below the minimum confidence the spread stops",
                        List.of(edge("a", "payments", CRITICAL, 0.2), edge("b", "a", CRITICAL, 0.2),
                                edge("c", "b", CRITICAL, 1.0)),
                        Map.of("a", 0.2)),
                Arguments.of("dependencies of the failing service are not affected",
                        List.of(edge("payments", "db", CRITICAL, 1.0)),
                        Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void spreadsThroughCriticalEdges(String name, List<DependencyEdge> edges, Map<String, Double> expected) {
        Map<String, Double> reached = propagator.propagate("payments", 1.0, edges).stream()
                .collect(Collectors.toMap(CascadeImpact::service, CascadeImpact::confidence));
        assertEquals(expected.keySet(), reached.keySet(), name);
        expected.forEach((service, confidence) -> assertEquals(confidence, reached.get(service), 1e-12, service));
    }

    @Test
    void reportsThePathAndItsWeights() {
        List<CascadeImpact> impacts = propagator.propagate("payments", 0.87, List.of(
                edge("checkout", "payments", CRITICAL, 0.8), edge("web", "checkout", CRITICAL, 0.5)));
        assertEquals(List.of("checkout", "web"), impacts.stream().map(CascadeImpact::service).toList());
        CascadeImpact web = impacts.get(1);
        assertEquals(List.of("payments", "checkout", "web"), web.path());
        assertEquals(List.of(0.8, 0.5), web.weights());
        assertEquals(0.87 * 0.8 * 0.5, web.confidence(), 1e-12);
        assertEquals("web depends transitively critically on payments (payments → checkout → web); "
                + "payments: latency_ms forecast 612 ms > SLO 500 ms in 240 s; P=0.87; cascade P=0.87 × 0.80 × 0.50 = 0.35",
                web.reasoning("latency_ms forecast 612 ms > SLO 500 ms in 240 s; P=0.87", 0.87));
    }

    @Test
    void aSourceBelowTheMinimumSpreadsNothing() {
        assertTrue(propagator.propagate("payments", 0.05, List.of(edge("a", "payments", CRITICAL, 1))).isEmpty());
    }

    @Test
    void rejectsImpossibleNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new CascadePropagator(0));
        assertThrows(IllegalArgumentException.class, () -> propagator.propagate("p", 1.5, List.of()));
        assertThrows(IllegalArgumentException.class, () -> edge("a", "b", CRITICAL, 1.2));
    }
}
