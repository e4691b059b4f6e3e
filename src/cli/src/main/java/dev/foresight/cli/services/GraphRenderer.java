package dev.foresight.cli.services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dependency graph as a tree, top-down from the services nothing depends on: each line is
 * a service, its children what it depends on. A service shared by two parents appears under
 * both (as {@code npm ls} does); a cycle is marked and not followed, so the walk always ends.
 */
public final class GraphRenderer {
    public record Edge(String service, String dependsOn, String kind, double weight) {}

    private GraphRenderer() {}

    public static String render(List<String> services, List<Edge> edges) {
        Map<String, List<Edge>> out = new LinkedHashMap<>();
        Set<String> dependedOn = new HashSet<>();
        Set<String> all = new TreeSet<>(services);
        for (Edge e : edges) {
            out.computeIfAbsent(e.service(), k -> new ArrayList<>()).add(e);
            dependedOn.add(e.dependsOn());
            all.add(e.service());
            all.add(e.dependsOn());
        }
        out.values().forEach(list -> list.sort(Comparator.comparing(Edge::dependsOn)));
        StringBuilder text = new StringBuilder();
        Set<String> shown = new HashSet<>();
        for (String root : all) {
            if (!dependedOn.contains(root)) {
                walk(text, root, null, "", "", out, new ArrayList<>(), shown);
            }
        }
        // what is left sits on a cycle with no way in from above: start from its first name
        for (String rest : all) {
            if (!shown.contains(rest)) {
                walk(text, rest, null, "", "", out, new ArrayList<>(), shown);
            }
        }
        return text.length() == 0 ? "no services registered\n" : text.toString();
    }

    private static void walk(StringBuilder text, String service, Edge via, String lead, String indent,
                             Map<String, List<Edge>> out, List<String> path, Set<String> shown) {
        text.append(lead).append(service);
        if (via != null) {
            text.append("  (").append(via.kind()).append(", ").append(weight(via.weight())).append(')');
        }
        if (path.contains(service)) {
            text.append("  [cycle]\n");
            return;
        }
        text.append('\n');
        shown.add(service);
        path.add(service);
        List<Edge> children = out.getOrDefault(service, List.of());
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            Edge e = children.get(i);
            walk(text, e.dependsOn(), e, indent + (last ? "└── " : "├── "), indent + (last ? "    " : "│   "), out, path, shown);
        }
        path.remove(path.size() - 1);
    }

    private static String weight(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }
}
