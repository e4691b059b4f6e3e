package dev.foresight.alertroute.am.inhibit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Foresight's own inhibition from the dependency graph: a service's alert is only noise while a
 * service it critically depends on (directly or through more critical hops) is already failing.
 * Breadth-first, so the reported path is a shortest one; visited services end cycles.
 */
public final class CascadeInhibition {
    private CascadeInhibition() {}

    public static Optional<CascadePath> inhibitedBy(
            String targetService, Collection<FailingService> failing, Collection<Edge> edges) {
        Map<String, String> failingFingerprints = new HashMap<>();
        failing.forEach(f -> failingFingerprints.putIfAbsent(f.service(), f.fingerprint()));
        Map<String, List<Edge>> critical = new LinkedHashMap<>();
        for (Edge e : edges) {
            if (e.critical() && !e.service().equals(e.dependsOn())) {
                critical.computeIfAbsent(e.service(), s -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Edge> reachedBy = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(targetService);
        reachedBy.put(targetService, null);
        while (!queue.isEmpty()) {
            String service = queue.poll();
            for (Edge e : critical.getOrDefault(service, List.of())) {
                String next = e.dependsOn();
                if (reachedBy.containsKey(next)) {
                    continue; // seen already, by a path no longer than this one; also ends cycles
                }
                reachedBy.put(next, e);
                if (failingFingerprints.containsKey(next)) {
                    return Optional.of(new CascadePath(next, failingFingerprints.get(next), pathTo(next, reachedBy)));
                }
                queue.add(next);
            }
        }
        return Optional.empty();
    }

    private static List<Edge> pathTo(String service, Map<String, Edge> reachedBy) {
        List<Edge> path = new ArrayList<>();
        for (Edge e = reachedBy.get(service); e != null; e = reachedBy.get(e.service())) {
            path.add(e);
        }
        Collections.reverse(path);
        return path;
    }
}
