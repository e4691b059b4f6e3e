package dev.foresight.shared.input;

/**
 * Input quoted back to a caller is cut short and made printable, so an error body stays small
 * and one line whatever was sent.
 */
public final class Bounded {
    /** Characters of a caller's value quoted in a rule. */
    public static final int QUOTE = 40;
    /** Characters of a field path (a path holds caller-chosen map keys). */
    public static final int FIELD = 120;
    /** Characters of one rule or a problem's detail. */
    public static final int RULE = 200;

    private Bounded() {}

    /** {@code "value"} at most {@link #QUOTE} characters, control characters as {@code \\uXXXX}. */
    public static String quote(String value) {
        return value == null ? "null" : "\"" + printable(value, QUOTE) + "\"";
    }

    public static String field(String field) {
        return printable(field, FIELD);
    }

    public static String rule(String rule) {
        return printable(rule, RULE);
    }

    /** At most {@code max} characters of {@code value}, with "…" when cut; controls escaped. */
    public static String printable(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < value.length(); i++) {
            if (shown >= max) {
                return out.append('…').toString();
            }
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && pairedAt(value, i)) {
                out.append(c).append(value.charAt(++i));
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                    || (Character.isSurrogate(c) && !pairedAt(value, i))) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
            shown++;
        }
        return out.toString();
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
