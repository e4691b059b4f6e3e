package dev.foresight.alertroute.am.route;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The labels that split a route's alerts into groups; {@code all} ({@code ...}) uses every label. */
public record GroupBy(Set<String> labels, boolean all) {
    public static final GroupBy NONE = new GroupBy(Set.of(), false);

    public GroupBy {
        labels = Set.copyOf(labels);
    }

    /** The alert's labels that decide its group: the named ones it has, or all of them. */
    public Map<String, String> select(Map<String, String> alertLabels) {
        Map<String, String> out = new LinkedHashMap<>();
        alertLabels.forEach((name, value) -> {
            if (all || labels.contains(name)) {
                out.put(name, value);
            }
        });
        return out;
    }
}
