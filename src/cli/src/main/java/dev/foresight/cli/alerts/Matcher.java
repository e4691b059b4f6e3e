package dev.foresight.cli.alerts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.foresight.cli.http.Json;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An Alertmanager label matcher in amtool's syntax: {@code name=value}, {@code name!=value},
 * {@code name=~regex}, {@code name!~regex}; the value may be double-quoted.
 */
public record Matcher(String name, String value, boolean isRegex, boolean isEqual) {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    public static Matcher parse(String text) {
        // the operator is the first of these found; "!=" and "=~" must win over a bare "="
        int at = -1;
        String op = null;
        for (int i = 0; i < text.length() && op == null; i++) {
            if (text.startsWith("!=", i) || text.startsWith("=~", i) || text.startsWith("!~", i)) {
                op = text.substring(i, i + 2);
                at = i;
            } else if (text.charAt(i) == '=') {
                op = "=";
                at = i;
            }
        }
        if (op == null) {
            throw new IllegalArgumentException("'" + text + "' is not a matcher: expected name=value, name!=value, name=~regex or name!~regex");
        }
        String name = text.substring(0, at).trim();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' in '" + text + "' is not a label name");
        }
        String value = text.substring(at + op.length()).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return new Matcher(name, value, op.contains("~"), !op.startsWith("!"));
    }

    /** The Alertmanager v2 API's matcher object. */
    public ObjectNode toJson() {
        return Json.object().put("name", name).put("value", value).put("isRegex", isRegex).put("isEqual", isEqual);
    }

    @Override
    public String toString() {
        String op = isRegex ? (isEqual ? "=~" : "!~") : (isEqual ? "=" : "!=");
        return name + op + "\"" + value + "\"";
    }

    public static final class Converter implements ITypeConverter<Matcher> {
        @Override
        public Matcher convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
