package dev.foresight.tokenrefresh.oauth;

/**
 * Builds {@code error_description} values as RFC 6749 §5.2 allows them: only %x20-21 / %x23-5B /
 * %x5D-7E, so no double quote, no backslash, no control character and no non-ASCII, and bounded in
 * length. Values taken from a request are quoted with {@link #quote} so none is echoed raw or whole.
 */
public final class ErrorDescription {
    /** Longest description sent; longer ones are cut and end with "...". */
    public static final int MAX_LENGTH = 200;
    /** Longest excerpt of a request value quoted inside a description. */
    public static final int MAX_QUOTED = 32;

    private ErrorDescription() {}

    /** The description with every disallowed character replaced and its length bounded. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
        text.codePoints().forEach(c -> out.append(replacement(c)));
        return cut(out.toString(), MAX_LENGTH);
    }

    /** A request value as {@code 'value'}: sanitised and cut to {@link #MAX_QUOTED} characters. */
    public static String quote(String value) {
        if (value == null) {
            return "''";
        }
        String head = value.codePoints().limit(MAX_QUOTED + 1L)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return "'" + cut(of(head), MAX_QUOTED) + "'";
    }

    /** True when every character of {@code text} is one §5.2 allows. */
    public static boolean allowed(String text) {
        return text.chars().allMatch(ErrorDescription::allowedChar);
    }

    static boolean allowedChar(int c) {
        return (c >= 0x20 && c <= 0x21) || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E);
    }

    private static String replacement(int c) {
        if (allowedChar(c)) {
            return Character.toString(c);
        }
        return switch (c) {
            case '"' -> "'";
            case '\\' -> "/";
            case 0xA7 -> "section ";
            default -> "?";
        };
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
