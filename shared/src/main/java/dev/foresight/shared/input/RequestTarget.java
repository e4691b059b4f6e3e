package dev.foresight.shared.input;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The path and query of a request, checked before routing: every percent-escape well formed and
 * decoding to UTF-8, and no decoded segment, parameter name or value holding control characters.
 * A bad escape would otherwise fail deep in the framework (a 500), and NUL would reach PostgreSQL.
 */
public final class RequestTarget {
    private RequestTarget() {}

    /** The first fault of {@code rawPath} and {@code rawQuery} (either may be null), as raw on the wire. */
    public static Optional<InputRules.Violation> check(String rawPath, String rawQuery) {
        if (rawPath != null) {
            for (String segment : rawPath.split("/", -1)) {
                Optional<InputRules.Violation> v = decodedLine("path", segment, false);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&", -1)) {
                int eq = pair.indexOf('=');
                String rawName = eq < 0 ? pair : pair.substring(0, eq);
                Optional<InputRules.Violation> v = decodedLine("query", rawName, true);
                if (v.isPresent()) {
                    return v;
                }
                if (eq >= 0) {
                    String name = decode(rawName, true).orElse("?");
                    v = decodedLine("query." + name, pair.substring(eq + 1), true);
                    if (v.isPresent()) {
                        return v;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<InputRules.Violation> decodedLine(String field, String raw, boolean plusIsSpace) {
        Optional<String> decoded = decode(raw, plusIsSpace);
        if (decoded.isEmpty()) {
            return Optional.of(new InputRules.Violation(field, "must use valid percent-escapes (%XX) of UTF-8"));
        }
        return InputRules.characters(decoded.get(), false).map(rule -> new InputRules.Violation(field, rule));
    }

    /** Strict percent-decoding: empty when an escape is cut short, not hex, or not UTF-8. */
    public static Optional<String> decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(plusIsSpace ? raw.replace('+', ' ') : raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
