package dev.foresight.monitortrigger.fleet;

import java.util.List;

/**
 * {@code GET /dependencies/graph}: the services, the edges, and the cycles among critical edges,
 * each as the services it passes ({@code [a, b, c, a]}) and as text ({@code a → b → c → a}).
 * Cascade prediction walks critical edges only and stops at services it has already reached, so
 * a cycle would otherwise go unseen.
 */
public record DependencyGraph(List<String> services, List<DependencyView> dependencies, List<Cycle> criticalCycles) {
    public record Cycle(List<String> services, String text) {}
}
