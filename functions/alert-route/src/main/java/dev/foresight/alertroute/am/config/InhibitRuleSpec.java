package dev.foresight.alertroute.am.config;

import dev.foresight.alertroute.am.matcher.Matcher;
import java.util.List;
import java.util.Set;

/** One {@code inhibit_rules} entry, legacy source_match/target_match(_re) folded into matchers. */
public record InhibitRuleSpec(List<Matcher> sourceMatchers, List<Matcher> targetMatchers, Set<String> equal) {
    public InhibitRuleSpec {
        sourceMatchers = List.copyOf(sourceMatchers);
        targetMatchers = List.copyOf(targetMatchers);
        equal = Set.copyOf(equal);
    }
}
