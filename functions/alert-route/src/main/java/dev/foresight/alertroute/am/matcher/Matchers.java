package dev.foresight.alertroute.am.matcher;

import dev.foresight.alertroute.am.text.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Alertmanager's matcher syntax, as amtool and the configuration's {@code matchers:} lists accept it
 * (pkg/labels ParseMatchers): optional braces, commas outside quotes separate matchers, values may be
 * quoted with OpenMetrics escapes ({@code \"}, {@code \n}, {@code \\}).
 */
public final class Matchers {
    /** Alertmanager's sort for a route's matchers: name, then value, then operator. */
    public static final Comparator<Matcher> ORDER = Comparator.comparing(Matcher::name, ByteOrder.UTF8)
            .thenComparing(Matcher::value, ByteOrder.UTF8)
            .thenComparing(Matcher::type);

    // Go's \s is [\t\n\f\r ]; '=~' is tried before '=' so the '~' is not read as part of the value
    private static final String WS = "[\\t\\n\\f\\r ]";
    private static final Pattern ONE = Pattern.compile(
            "^" + WS + "*([a-zA-Z_:][a-zA-Z0-9_:]*)" + WS + "*(=~|=|!=|!~)" + WS + "*((?s).*?)" + WS + "*$");

    private Matchers() {}

    /** Every matcher in {@code input}; an empty or brace-only input yields none. */
    public static List<Matcher> parse(String input) {
        String s = input;
        if (s.startsWith("{")) {
            s = s.substring(1);
        }
        if (s.endsWith("}")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean insideQuotes = false;
        boolean escaped = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' && !insideQuotes) {
                tokens.add(token.toString());
                token.setLength(0);
                continue;
            }
            if (c == '"') {
                if (!escaped) {
                    insideQuotes = !insideQuotes;
                } else {
                    escaped = false;
                }
            } else if (c == '\\') {
                escaped = !escaped;
            } else {
                escaped = false;
            }
            token.append(c);
        }
        String last = token.toString().strip();
        if (!last.isEmpty()) {
            tokens.add(last);
        }
        List<Matcher> matchers = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            matchers.add(parseOne(t));
        }
        return List.copyOf(matchers);
    }

    /** Exactly one matcher, e.g. {@code severity=~"crit.*"} or {@code env=prod}. */
    public static Matcher parseOne(String input) {
        java.util.regex.Matcher m = ONE.matcher(input);
        if (!m.matches()) {
            throw new MatcherException("bad matcher format: " + input);
        }
        String raw = m.group(3);
        String unquoted = raw;
        boolean expectTrailingQuote = false;
        if (!raw.isEmpty() && raw.charAt(0) == '"') {
            unquoted = raw.substring(1);
            expectTrailingQuote = true;
        }
        StringBuilder value = new StringBuilder();
        boolean escaped = false;
        for (int i = 0; i < unquoted.length(); i++) {
            char c = unquoted.charAt(i);
            if (escaped) {
                escaped = false;
                switch (c) {
                    case 'n' -> value.append('\n');
                    case '"', '\\' -> value.append(c);
                    default -> value.append('\\').append(c); // a spurious escape stays literal
                }
                continue;
            }
            if (c == '\\') {
                if (i < unquoted.length() - 1) {
                    escaped = true;
                } else {
                    value.append('\\');
                }
            } else if (c == '"') {
                if (!expectTrailingQuote || i < unquoted.length() - 1) {
                    throw new MatcherException("matcher value contains unescaped double quote: " + raw);
                }
                expectTrailingQuote = false;
            } else {
                value.append(c);
            }
        }
        if (expectTrailingQuote) {
            throw new MatcherException("matcher value contains unescaped double quote: " + raw);
        }
        return new Matcher(m.group(1), Matcher.Type.of(m.group(2)), value.toString());
    }

    /** True when every matcher matches; true for no matchers. */
    public static boolean matchAll(List<Matcher> matchers, Map<String, String> labels) {
        for (Matcher m : matchers) {
            if (!m.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    /** The matchers in Alertmanager's order. */
    public static List<Matcher> sorted(List<Matcher> matchers) {
        return matchers.stream().sorted(ORDER).toList();
    }

    /** Alertmanager's {@code labels.Matchers.String()} of the sorted list, e.g. {@code {a="1",b=~"x"}}. */
    public static String toString(List<Matcher> matchers) {
        return sorted(matchers).stream().map(Matcher::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
