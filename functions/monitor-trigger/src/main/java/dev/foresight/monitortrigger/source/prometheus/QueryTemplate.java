package dev.foresight.monitortrigger.source.prometheus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A PromQL query with {@code {{variable}}} placeholders. Parsed once, so an unknown variable or
 * an unclosed brace is found at start-up; rendering substitutes values escaped for a PromQL
 * double-quoted string, where label values go.
 */
public final class QueryTemplate {
    /** Every variable a template may use. */
    public static final Set<String> VARIABLES = new TreeSet<>(Set.of("service", "job", "instance", "step", "step_seconds", "rate_window"));

    private final String text;
    private final List<String> parts; // literal, variable, literal, variable, ..., literal

    private QueryTemplate(String text, List<String> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** Parses {@code text}; a syntax error or unknown variable throws with the rule, quoting the template. */
    public static QueryTemplate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("must not be empty");
        }
        List<String> parts = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = text.indexOf("{{", at);
            int strayClose = text.indexOf("}}", at);
            if (strayClose >= 0 && (open < 0 || strayClose < open)) {
                throw new IllegalArgumentException("\"}}\" at offset " + strayClose + " closes no \"{{\" in \"" + text + "\"");
            }
            if (open < 0) {
                parts.add(text.substring(at));
                return new QueryTemplate(text, List.copyOf(parts));
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("\"{{\" at offset " + open + " is never closed in \"" + text + "\"");
            }
            String name = text.substring(open + 2, close).strip();
            if (!VARIABLES.contains(name)) {
                throw new IllegalArgumentException("unknown variable \"{{" + name + "}}\" in \"" + text
                        + "\" (known: " + String.join(", ", VARIABLES) + ")");
            }
            parts.add(text.substring(at, open));
            parts.add(name);
            at = close + 2;
        }
    }

    public String text() {
        return text;
    }

    /** The variables this template uses. */
    public Set<String> variables() {
        Set<String> used = new TreeSet<>();
        for (int i = 1; i < parts.size(); i += 2) {
            used.add(parts.get(i));
        }
        return used;
    }

    /** Substitutes every variable; one without a value throws, naming it. */
    public String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                out.append(parts.get(i));
                continue;
            }
            String value = values.get(parts.get(i));
            if (value == null) {
                throw new IllegalArgumentException("variable \"{{" + parts.get(i) + "}}\" has no value");
            }
            out.append(escape(value));
        }
        return out.toString();
    }

    /** Backslash and double quote, the two characters that could end a PromQL string early. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public String toString() {
        return text;
    }
}
