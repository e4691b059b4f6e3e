package dev.foresight.monitortrigger.fleet.file;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the cycles of a directed graph, one per strongly connected group of services: with
 * critical edges, each such group is a set of services that cannot all be up unless all are.
 * The cycle named for a group is the shortest one through its alphabetically first service, so
 * the same graph is always reported the same way.
 */
public final class CriticalCycles {
    /** A directed edge "from depends on to". */
    public record Edge(String from, String to) {}

    private CriticalCycles() {}

    /** Each cycle as the services it passes, first repeated at the end: {@code [a, b, c, a]}. */
    public static List<List<String>> find(List<Edge> edges) {
        Map<String, TreeSet<String>> next = new TreeMap<>();
        for (Edge e : edges) {
            next.computeIfAbsent(e.from(), k -> new TreeSet<>()).add(e.to());
            next.computeIfAbsent(e.to(), k -> new TreeSet<>());
        }
        List<List<String>> cycles = new ArrayList<>();
        for (Set<String> group : groups(next)) {
            boolean selfLoop = group.size() == 1 && next.get(group.iterator().next()).contains(group.iterator().next());
            if (group.size() > 1 || selfLoop) {
                cycles.add(shortestThrough(new TreeSet<>(group).first(), group, next));
            }
        }
        cycles.sort(Comparator.comparing(c -> c.get(0)));
        return cycles;
    }

    /** {@code a → b → c → a}. */
    public static String render(List<String> cycle) {
        return String.join(" → ", cycle);
    }

    /** Strongly connected components, Tarjan's algorithm with an explicit stack (no recursion depth limit). */
    private static List<Set<String>> groups(Map<String, TreeSet<String>> next) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> out = new ArrayList<>();
        int counter = 0;
        for (String root : next.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Map.Entry<String, java.util.Iterator<String>>> work = new ArrayDeque<>();
            index.put(root, counter);
            low.put(root, counter++);
            stack.push(root);
            onStack.add(root);
            work.push(Map.entry(root, next.get(root).iterator()));
            while (!work.isEmpty()) {
                String v = work.peek().getKey();
                java.util.Iterator<String> it = work.peek().getValue();
                if (it.hasNext()) {
                    String w = it.next();
                    if (!index.containsKey(w)) {
                        index.put(w, counter);
                        low.put(w, counter++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(Map.entry(w, next.get(w).iterator()));
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = work.peek().getKey();
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    Set<String> group = new HashSet<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        group.add(w);
                    } while (!w.equals(v));
                    out.add(group);
                }
            }
        }
        return out;
    }

    /** Breadth-first from {@code start} back to itself inside its group, neighbours in name order. */
    private static List<String> shortestThrough(String start, Set<String> group, Map<String, TreeSet<String>> next) {
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (String w : next.get(v)) {
                if (!group.contains(w)) {
                    continue;
                }
                if (w.equals(start)) {
                    List<String> path = new ArrayList<>();
                    for (String at = v; at != null; at = parent.get(at)) {
                        path.add(0, at);
                    }
                    path.add(start);
                    return path;
                }
                if (seen.add(w)) {
                    parent.put(w, v);
                    queue.add(w);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start); // unreachable for a strongly connected group
    }
}
