package dev.foresight.alertroute.severity;

import java.util.List;

/** The ordered severity table: the first matching rule decides; an alert no rule matches is low. */
public record SeverityRules(List<SeverityRule> rules) {
    public SeverityRules {
        rules = List.copyOf(rules);
    }

    public Severity classify(AlertFacts facts) {
        return rules.stream()
                .filter(rule -> rule.matches(facts))
                .map(SeverityRule::severity)
                .findFirst()
                .orElse(Severity.LOW);
    }
}
