package dev.foresight.alertroute.severity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the severity table from configuration text, one rule per entry:
 * {@code <severity>[: type=a|b] [confidence>=x] [ttf<seconds>]}, e.g.
 * {@code "critical: type=failure confidence>=0.8 ttf<600"} or just {@code "low"}.
 * Every mistake is reported with the rule's position and text, so a bad deployment fails at
 * start-up with a message that points at the exact entry.
 */
public final class SeverityRuleParser {
    private static final String CONDITIONS = "type=a|b, confidence>=x or ttf<seconds";

    private SeverityRuleParser() {}

    public static SeverityRules parse(List<String> specs) {
        if (specs == null || specs.isEmpty()) {
            throw new IllegalArgumentException("at least one rule is required");
        }
        List<SeverityRule> rules = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            rules.add(parseOne(i + 1, specs.get(i)));
        }
        return new SeverityRules(rules);
    }

    private static SeverityRule parseOne(int position, String spec) {
        String text = spec == null ? "" : spec.trim();
        int colon = text.indexOf(':');
        String head = (colon < 0 ? text : text.substring(0, colon)).trim();
        Severity severity = Severity.parse(head).orElseThrow(() -> fail(position, text,
                "unknown severity \"" + head + "\"; expected one of " + Severity.labels()));
        Set<String> types = Set.of();
        Double minConfidence = null;
        Double maxTtf = null;
        String body = colon < 0 ? "" : text.substring(colon + 1).trim();
        for (String condition : body.isEmpty() ? new String[0] : body.split("\\s+")) {
            if (condition.startsWith("type=")) {
                types = once(position, text, "type", types.isEmpty() ? null : types, parseTypes(position, text, condition));
            } else if (condition.startsWith("confidence>=")) {
                double value = number(position, text, condition, "confidence>=".length());
                if (value < 0 || value > 1) {
                    throw fail(position, text, "confidence " + condition.substring("confidence>=".length()) + " is outside [0, 1]");
                }
                minConfidence = once(position, text, "confidence", minConfidence, value);
            } else if (condition.startsWith("ttf<")) {
                double value = number(position, text, condition, "ttf<".length());
                if (value < 0) {
                    throw fail(position, text, "time to failure " + condition.substring("ttf<".length()) + " must be >= 0");
                }
                maxTtf = once(position, text, "ttf", maxTtf, value);
            } else {
                throw fail(position, text, "unknown condition \"" + condition + "\"; expected " + CONDITIONS);
            }
        }
        return new SeverityRule(severity, types, minConfidence, maxTtf);
    }

    private static Set<String> parseTypes(int position, String text, String condition) {
        String list = condition.substring("type=".length());
        Set<String> types = new LinkedHashSet<>();
        for (String type : list.split("\\|", -1)) {
            if (type.isBlank()) {
                throw fail(position, text, "\"" + condition + "\" names an empty type");
            }
            types.add(type.toLowerCase(Locale.ROOT));
        }
        return types;
    }

    private static double number(int position, String text, String condition, int start) {
        String raw = condition.substring(start);
        try {
            double value = Double.parseDouble(raw);
            if (Double.isFinite(value) && !raw.isBlank()) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the rule's text
        }
        throw fail(position, text, "\"" + raw + "\" in \"" + condition + "\" is not a finite number");
    }

    private static <T> T once(int position, String text, String name, T previous, T value) {
        if (previous != null) {
            throw fail(position, text, "condition \"" + name + "\" is given twice");
        }
        return value;
    }

    private static IllegalArgumentException fail(int position, String text, String why) {
        return new IllegalArgumentException("rule " + position + " \"" + text + "\": " + why);
    }
}
