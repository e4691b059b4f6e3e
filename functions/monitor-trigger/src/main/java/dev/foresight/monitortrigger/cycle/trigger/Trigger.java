package dev.foresight.monitortrigger.cycle.trigger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Who asked for a cycle and, when the request carries one, the identity that makes a retried
 * delivery the same request: a CloudEvent's {@code source} + {@code id} (unique together, CloudEvents
 * 1.0 §3.1.1) or a plain trigger's {@code cycleId}.
 */
public record Trigger(Mode mode, Optional<String> source, Optional<String> id) {
    public enum Mode { PLAIN, CLOUDEVENT_BINARY, CLOUDEVENT_STRUCTURED }

    public static Trigger plain(Optional<String> cycleId) {
        return new Trigger(Mode.PLAIN, Optional.empty(), cycleId);
    }

    /** A short fixed-length key: ids and sources are free text that should not shape a Redis key. */
    public Optional<String> idempotencyKey() {
        return id.map(value -> sha256(mode == Mode.PLAIN ? "cycleId\u0000" + value : "ce\u0000" + source.orElse("") + "\u0000" + value));
    }

    /** For messages: {@code CloudEvent "abc" from "/pingsources/x"} or {@code cycleId "abc"}. */
    public String describe() {
        return mode == Mode.PLAIN
                ? id.map(v -> "cycleId \"" + v + "\"").orElse("a plain trigger")
                : "CloudEvent \"" + id.orElse("") + "\" from \"" + source.orElse("") + "\"";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
