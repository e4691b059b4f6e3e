package dev.foresight.alertroute.fingerprint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The identity of an alert: SHA-256 over its type, its service and its labels sorted by name, so
 * the order in which a client sends labels never changes it. Each part is length-prefixed, which
 * keeps {@code ("a=b", "")} and {@code ("a", "b")} apart.
 */
public final class Fingerprint {
    private Fingerprint() {}

    /** 64 lower-case hex digits. */
    public static String of(String type, String service, Map<String, String> labels) {
        StringBuilder canonical = new StringBuilder();
        part(canonical, type);
        part(canonical, service);
        new TreeMap<>(labels).forEach((name, value) -> {
            part(canonical, name);
            part(canonical, value);
        });
        return HexFormat.of().formatHex(sha256(canonical.toString()));
    }

    /** A 64-bit key derived from a fingerprint, e.g. for a PostgreSQL advisory lock. */
    public static long key(String fingerprint) {
        return Long.parseUnsignedLong(fingerprint.substring(0, 16), 16);
    }

    private static void part(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value).append(';');
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            // every Java runtime must provide SHA-256
            throw new IllegalStateException(impossible);
        }
    }
}
