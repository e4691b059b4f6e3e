package dev.foresight.shared.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one vocabulary for what text, lists, maps, numbers and timestamps sent to Foresight may be.
 * Each check answers the rule that was broken, worded the same in every function, or nothing.
 * Plain Java: the Jackson guard, the request-target guard and each function's validators use it.
 */
public final class InputRules {
    public static final String REQUIRED = "is required";
    public static final String BLANK = "must not be blank";
    public static final String NUL = "must not contain NUL (U+0000)";
    public static final String CONTROL = "must not contain control characters";
    public static final String CONTROL_ONE_LINE = "must not contain control characters or line breaks";
    public static final String SURROGATE = "must be valid Unicode (no unpaired surrogates)";
    public static final String FINITE = "must be a finite number";
    public static final String HTTP_URL = "must be an absolute http(s) URL";
    public static final String DEPTH = "must not nest deeper than %d levels";

    /** The default for names, identifiers, label keys: one line, short. */
    public static final int MAX_NAME = 200;
    /** The default for free text (summaries, memory text). */
    public static final int MAX_TEXT = 16_384;
    /** URLs (health, webhook, generator). */
    public static final int MAX_URL = 2_048;
    /** Nesting of free-form JSON values (metadata) and of any request body. */
    public static final int MAX_DEPTH = 32;

    /** Timestamps before this are a unit mistake (seconds read as millis) or a zero value. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private InputRules() {}

    /** Unicode-aware: NBSP, ideographic space, zero-width-less Zs/Zl/Zp characters all count as blank. */
    public static boolean isBlank(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!(Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isInvisible(cp))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Format characters with no glyph (zero-width space and joiners, BOM): a text of only these says nothing. */
    private static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
    }

    /**
     * The characters of {@code value}: never NUL, never C0/C1 control characters or DEL, never an
     * unpaired surrogate; TAB, LF and CR only when {@code multiLine}.
     */
    public static Optional<String> characters(String value, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return Optional.of(NUL);
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(SURROGATE);
            }
            if (isControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of(multiLine ? CONTROL : CONTROL_ONE_LINE);
            }
        }
        return Optional.empty();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }

    /** A required one-line text: a name, an identifier, a label key. */
    public static Optional<String> line(String value, int max) {
        return text(value, max, false);
    }

    /** A link: one line of at most {@link #MAX_URL} characters, an absolute http(s) URL with a host. */
    public static Optional<String> httpUrl(String value) {
        return line(value, MAX_URL).or(() -> isHttpUrl(value) ? Optional.empty() : Optional.of(HTTP_URL));
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A required text that may hold line breaks and tabs: a summary, a memory. */
    public static Optional<String> freeText(String value, int max) {
        return text(value, max, true);
    }

    private static Optional<String> text(String value, int max, boolean multiLine) {
        if (value == null) {
            return Optional.of(REQUIRED);
        }
        Optional<String> length = length(value, max);
        if (length.isPresent()) {
            return length; // checked first: the scans below stay bounded by the limit
        }
        Optional<String> chars = characters(value, multiLine);
        if (chars.isPresent()) {
            return chars;
        }
        return isBlank(value) ? Optional.of(BLANK) : Optional.empty();
    }

    /** At most {@code max} characters (code points; UTF-16 length bounds the count first). */
    public static Optional<String> length(String value, int max) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > max && value.codePointCount(0, value.length()) > max) {
            return Optional.of(maxChars(max));
        }
        return Optional.empty();
    }

    public static String maxChars(int max) {
        return "must be at most " + max + " characters";
    }

    /** Between {@code min} and {@code max} entries; {@code null} is left to the "required" check. */
    public static Optional<String> size(Collection<?> values, int min, int max) {
        if (values == null) {
            return Optional.empty();
        }
        return sizeRule(values.size(), min, max, "entries");
    }

    public static Optional<String> size(Map<?, ?> values, int min, int max) {
        if (values == null) {
            return Optional.empty();
        }
        return sizeRule(values.size(), min, max, "entries");
    }

    private static Optional<String> sizeRule(int size, int min, int max, String what) {
        if (size < min || size > max) {
            return Optional.of(min == max ? "must hold exactly " + min + " " + what
                    : min == 0 ? "must hold at most " + max + " " + what + ", had " + size
                    : "must hold between " + min + " and " + max + " " + what + ", had " + size);
        }
        return Optional.empty();
    }

    /** Finite and within [min, max]; {@code null} is left to the "required" check. */
    public static Optional<String> number(Double value, double min, double max) {
        if (value == null) {
            return Optional.empty();
        }
        if (!Double.isFinite(value)) {
            return Optional.of(FINITE);
        }
        return value < min || value > max ? Optional.of("must be between " + plain(min) + " and " + plain(max)) : Optional.empty();
    }

    /** Within [{@link #EARLIEST}, now + {@code maxAhead}]. */
    public static Optional<String> timestamp(Instant value, Instant now, java.time.Duration maxAhead) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBefore(EARLIEST)) {
            return Optional.of("must not be before " + EARLIEST);
        }
        if (value.isAfter(now.plus(maxAhead))) {
            return Optional.of("must not be more than " + maxAhead.toSeconds() + " s in the future");
        }
        return Optional.empty();
    }

    /**
     * A free-form JSON value (maps, lists, strings, numbers, booleans, null) as Jackson reads it:
     * every key a one-line name, every string free text, finite numbers, bounded depth and sizes.
     * Reports the first fault with the path it is at ({@code metadata.owner.team}).
     */
    public static Optional<Violation> jsonValue(String field, Object value, int maxDepth, int maxEntries, int maxText) {
        return walk(field, value, 0, maxDepth, maxEntries, maxText);
    }

    /** A broken rule at a path inside a value. */
    public record Violation(String field, String rule) {}

    private static Optional<Violation> walk(String at, Object value, int depth, int maxDepth, int maxEntries, int maxText) {
        if (depth > maxDepth) {
            return Optional.of(new Violation(at, DEPTH.formatted(maxDepth)));
        }
        if (value instanceof Map<?, ?> map) {
            Optional<String> size = size(map, 0, maxEntries);
            if (size.isPresent()) {
                return Optional.of(new Violation(at, size.get()));
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                Optional<String> keyRule = line(key, MAX_NAME);
                if (keyRule.isPresent()) {
                    return Optional.of(new Violation(at, "keys " + keyRule.get()));
                }
                Optional<Violation> inner = walk(at + "." + key, e.getValue(), depth + 1, maxDepth, maxEntries, maxText);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        } else if (value instanceof List<?> list) {
            Optional<String> size = size(list, 0, maxEntries);
            if (size.isPresent()) {
                return Optional.of(new Violation(at, size.get()));
            }
            for (int i = 0; i < list.size(); i++) {
                Optional<Violation> inner = walk(at + "[" + i + "]", list.get(i), depth + 1, maxDepth, maxEntries, maxText);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        } else if (value instanceof String s) {
            return length(s, maxText).or(() -> characters(s, true)).map(rule -> new Violation(at, rule));
        } else if (value instanceof Double d && !Double.isFinite(d)) {
            return Optional.of(new Violation(at, FINITE));
        } else if (value instanceof Float f && !Float.isFinite(f)) {
            return Optional.of(new Violation(at, FINITE));
        }
        return Optional.empty();
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
