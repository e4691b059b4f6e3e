package dev.foresight.alertroute.dispatch;

import dev.foresight.alertroute.am.matcher.Matcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which firing alerts can mute others, narrowed before they are read: each set of source matchers
 * (an inhibit rule's, the cascade's) that holds an equality matcher with a non-empty value can only
 * match alerts carrying that label with that value, so the store is asked for those alone. A set
 * without one (only regexes, negations or empty values) could match any alert, and every firing
 * alert is read; with no set at all none is. The full matchers are still applied afterwards.
 */
public record SourceLabels(boolean everyAlert, List<Map.Entry<String, String>> anyOf) {
    public static SourceLabels of(List<List<Matcher>> sourceSets) {
        Set<Map.Entry<String, String>> pairs = new LinkedHashSet<>();
        for (List<Matcher> set : sourceSets) {
            Matcher equality = set.stream()
                    .filter(m -> m.type() == Matcher.Type.EQUAL && !m.value().isEmpty()).findFirst().orElse(null);
            if (equality == null) {
                return new SourceLabels(true, List.of());
            }
            pairs.add(Map.entry(equality.name(), equality.value()));
        }
        return new SourceLabels(false, List.copyOf(new ArrayList<>(pairs)));
    }

    /** No alert can be a source: nothing needs to be read. */
    public boolean none() {
        return !everyAlert && anyOf.isEmpty();
    }
}
