package dev.foresight.alertroute.am.inhibit;

import dev.foresight.alertroute.am.label.LabelSets;
import dev.foresight.alertroute.am.matcher.Matchers;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Alertmanager's Inhibitor.Mutes: whether a firing alert silences the target, and which one. When
 * the target also matches a rule's source side, sources that match the target side are not counted,
 * so two alerts that each match both sides cannot mute one another.
 */
public final class Inhibition {
    private Inhibition() {}

    /** The fingerprint of the first firing alert that inhibits {@code target}, in rule order. */
    public static Optional<String> inhibitedBy(
            Map<String, String> target, List<InhibitRule> rules, Collection<FiringAlert> firing) {
        String self = LabelSets.fingerprint(target);
        for (InhibitRule rule : rules) {
            if (!Matchers.matchAll(rule.target(), target)) {
                continue;
            }
            boolean twoSided = Matchers.matchAll(rule.source(), target);
            for (FiringAlert source : firing) {
                if (source.fingerprint().equals(self)
                        || !Matchers.matchAll(rule.source(), source.labels())
                        || !equalOn(rule, source.labels(), target)
                        || (twoSided && Matchers.matchAll(rule.target(), source.labels()))) {
                    continue;
                }
                return Optional.of(source.fingerprint());
            }
        }
        return Optional.empty();
    }

    /** A label absent on both sides counts as equal, as Go compares two empty values. */
    private static boolean equalOn(InhibitRule rule, Map<String, String> source, Map<String, String> target) {
        for (String name : rule.equal()) {
            if (!Objects.equals(source.getOrDefault(name, ""), target.getOrDefault(name, ""))) {
                return false;
            }
        }
        return true;
    }
}
