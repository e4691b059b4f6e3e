package dev.foresight.predict.cascade;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Spreads a predicted failure to the services that depend on the failing one, through critical
 * edges only, multiplying the confidence by each edge's weight.
 * <p>
 * Weights are at most 1, so confidence never grows along a path; expanding the most confident
 * service first (Dijkstra's order, with products instead of sums) therefore settles each service
 * at its most likely path, and the settled set makes cycles terminate. Services whose confidence
 * falls below the minimum are neither reported nor expanded.
 */
public final class CascadePropagator {
    private final double minConfidence;

    public CascadePropagator(double minConfidence) {
        if (!(minConfidence > 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be within (0, 1], got " + minConfidence);
        }
        this.minConfidence = minConfidence;
    }

    private record Reach(String service, double confidence, List<String> path, List<Double> weights) {}

    /** Every service reached from {@code failing}, most confident first; the failing service itself excluded. */
    public List<CascadeImpact> propagate(String failing, double confidence, Collection<DependencyEdge> edges) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
        }
        Map<String, List<DependencyEdge>> dependants = new HashMap<>();
        for (DependencyEdge edge : edges) {
            if (edge.kind() == DependencyKind.CRITICAL) {
                dependants.computeIfAbsent(edge.dependsOn(), k -> new ArrayList<>()).add(edge);
            }
        }
        PriorityQueue<Reach> frontier = new PriorityQueue<>(Comparator.comparingDouble(Reach::confidence).reversed()
                .thenComparing(Reach::service));
        Set<String> settled = new HashSet<>();
        List<CascadeImpact> impacts = new ArrayList<>();
        if (confidence >= minConfidence) {
            frontier.add(new Reach(failing, confidence, List.of(failing), List.of()));
        }
        while (!frontier.isEmpty()) {
            Reach current = frontier.poll();
            if (!settled.add(current.service())) {
                continue;
            }
            if (!current.service().equals(failing)) {
                impacts.add(new CascadeImpact(current.service(), current.confidence(), current.path(),
                        current.weights()));
            }
            for (DependencyEdge edge : dependants.getOrDefault(current.service(), List.of())) {
                double next = current.confidence() * edge.weight();
                if (next >= minConfidence && !settled.contains(edge.service())) {
                    frontier.add(new Reach(edge.service(), next, append(current.path(), edge.service()),
                            append(current.weights(), edge.weight())));
                }
            }
        }
        return impacts;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(item);
        return copy;
    }
}
