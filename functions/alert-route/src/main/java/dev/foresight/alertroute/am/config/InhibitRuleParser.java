package dev.foresight.alertroute.am.config;

import dev.foresight.alertroute.am.label.LabelNames;
import java.util.LinkedHashSet;
import java.util.Set;

/** One {@code inhibit_rules:} entry. */
final class InhibitRuleParser {
    private static final Set<String> KEYS = Set.of("source_match", "source_match_re", "source_matchers",
            "target_match", "target_match_re", "target_matchers", "equal");

    private InhibitRuleParser() {}

    static InhibitRuleSpec parse(YamlNode node) {
        node.allowOnly(KEYS);
        Set<String> equal = new LinkedHashSet<>();
        for (String label : node.strings("equal")) {
            if (!LabelNames.isValid(label)) {
                throw new ConfigException("\"" + label + "\" is not a valid label name");
            }
            equal.add(label);
        }
        return new InhibitRuleSpec(MatcherFields.read(node, "source_"), MatcherFields.read(node, "target_"), equal);
    }
}
