package dev.foresight.alertroute.severity;

import java.util.Set;

/**
 * One row of the severity table: an alert matches when its type is one of {@code types} (empty
 * means any type), its confidence is at least {@code minConfidence} and its time to failure is
 * strictly below {@code maxTimeToFailureSeconds}. A null bound is not checked.
 */
public record SeverityRule(Severity severity, Set<String> types, Double minConfidence, Double maxTimeToFailureSeconds) {
    public SeverityRule {
        types = Set.copyOf(types);
    }

    public boolean matches(AlertFacts facts) {
        return (types.isEmpty() || types.contains(facts.type()))
                && (minConfidence == null || (facts.confidence() != null && facts.confidence() >= minConfidence))
                && (maxTimeToFailureSeconds == null
                        || (facts.timeToFailureSeconds() != null && facts.timeToFailureSeconds() < maxTimeToFailureSeconds));
    }
}
