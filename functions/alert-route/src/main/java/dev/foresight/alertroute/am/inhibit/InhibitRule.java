package dev.foresight.alertroute.am.inhibit;

import dev.foresight.alertroute.am.config.InhibitRuleSpec;
import dev.foresight.alertroute.am.matcher.Matcher;
import java.util.List;
import java.util.Set;

/** Mutes alerts matching {@code target} while an alert matching {@code source} fires with equal {@code equal} labels. */
public record InhibitRule(List<Matcher> source, List<Matcher> target, Set<String> equal) {
    public InhibitRule {
        source = List.copyOf(source);
        target = List.copyOf(target);
        equal = Set.copyOf(equal);
    }

    public static InhibitRule of(InhibitRuleSpec spec) {
        return new InhibitRule(spec.sourceMatchers(), spec.targetMatchers(), spec.equal());
    }
}
