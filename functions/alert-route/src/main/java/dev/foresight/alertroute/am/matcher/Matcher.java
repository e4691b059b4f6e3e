package dev.foresight.alertroute.am.matcher;

import dev.foresight.alertroute.am.text.GoQuote;
import java.util.Map;
import java.util.Objects;
import java.util.regex.PatternSyntaxException;

/**
 * One label matcher, Alertmanager's {@code labels.Matcher}. Regex values are anchored at both ends,
 * so {@code =~"foo"} never matches {@code foobar}; a label the alert lacks counts as the empty string.
 */
public record Matcher(String name, Type type, String value) {

    /** The four operators, in Alertmanager's order (which also breaks sort ties). */
    public enum Type {
        EQUAL("="), NOT_EQUAL("!="), REGEX("=~"), NOT_REGEX("!~");

        private final String operator;

        Type(String operator) {
            this.operator = operator;
        }

        public String operator() {
            return operator;
        }

        /** The type written as {@code operator}, e.g. {@code "=~"}. */
        public static Type of(String operator) {
            for (Type t : values()) {
                if (t.operator.equals(operator)) {
                    return t;
                }
            }
            throw new MatcherException("unknown match type " + GoQuote.quote(operator));
        }

        public boolean isRegex() {
            return this == REGEX || this == NOT_REGEX;
        }
    }

    public Matcher {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (type.isRegex()) {
            try {
                AnchoredRegex.compile(value);
            } catch (PatternSyntaxException e) {
                throw new MatcherException("bad matcher '" + name + type.operator() + GoQuote.quote(value) + "': "
                        + AnchoredRegex.describe(e));
            }
        }
    }

    public static Matcher equal(String name, String value) {
        return new Matcher(name, Type.EQUAL, value);
    }

    public static Matcher regex(String name, String value) {
        return new Matcher(name, Type.REGEX, value);
    }

    /** Whether the value (empty when absent) satisfies this matcher. */
    public boolean matches(Map<String, String> labels) {
        return matchesValue(labels.getOrDefault(name, ""));
    }

    public boolean matchesValue(String s) {
        return switch (type) {
            case EQUAL -> s.equals(value);
            case NOT_EQUAL -> !s.equals(value);
            case REGEX -> AnchoredRegex.compile(value).matcher(s).matches();
            case NOT_REGEX -> !AnchoredRegex.compile(value).matcher(s).matches();
        };
    }

    /** Alertmanager's form, e.g. {@code severity=~"crit.*"}. */
    @Override
    public String toString() {
        return name + type.operator() + GoQuote.quote(value);
    }
}
