package dev.foresight.alertroute.am.matcher;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a matcher value the way Alertmanager does, anchored as {@code ^(?:value)$}, and keeps a
 * bounded cache: a record cannot hold the compiled pattern, and routes match the same few values
 * for every alert.
 */
final class AnchoredRegex {
    private static final int CAPACITY = 4096;
    private static final Map<String, Pattern> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > CAPACITY;
        }
    };

    private AnchoredRegex() {}

    /** The anchored pattern; {@link PatternSyntaxException} when the value is not a regex. */
    static Pattern compile(String value) {
        synchronized (CACHE) {
            Pattern cached = CACHE.get(value);
            if (cached != null) {
                return cached;
            }
        }
        // UNIX_LINES: like Go, '.' stops only at '\n'
        Pattern compiled = Pattern.compile("^(?:" + value + ")$", Pattern.UNIX_LINES);
        synchronized (CACHE) {
            CACHE.put(value, compiled);
        }
        return compiled;
    }

    /** Go's message shape: {@code error parsing regexp: <what>: `<anchored expression>`}. */
    static String describe(PatternSyntaxException e) {
        return "error parsing regexp: " + e.getDescription() + ": `" + e.getPattern() + "`";
    }
}
