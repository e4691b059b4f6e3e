package dev.foresight.alertroute.am.label;

import dev.foresight.alertroute.am.text.ByteOrder;
import dev.foresight.alertroute.am.text.GoQuote;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prometheus' {@code model.LabelSet} identity and text: the fingerprint is how Alertmanager names an
 * alert in its API and notification log, so ours must be the same number for the same labels.
 */
public final class LabelSets {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final int SEPARATOR = 0xFF;

    private LabelSets() {}

    /** FNV-1a 64 over the names in order, each name and value followed by 0xFF; 16 hex digits. */
    public static String fingerprint(Map<String, String> labels) {
        long hash = FNV_OFFSET;
        List<String> names = labels.keySet().stream().sorted(ByteOrder.UTF8).toList();
        for (String name : names) {
            hash = add(hash, name.getBytes(StandardCharsets.UTF_8));
            hash = (hash ^ SEPARATOR) * FNV_PRIME;
            hash = add(hash, labels.get(name).getBytes(StandardCharsets.UTF_8));
            hash = (hash ^ SEPARATOR) * FNV_PRIME;
        }
        return String.format("%016x", hash);
    }

    private static long add(long hash, byte[] bytes) {
        for (byte b : bytes) {
            hash ^= b & 0xFF;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /**
     * {@code model.LabelSet.String()}: each pair as {@code name="value"}, the pairs (not the names)
     * sorted, joined by {@code ", "} in braces.
     */
    public static String toString(Map<String, String> labels) {
        return labels.entrySet().stream()
                .map(e -> e.getKey() + "=" + GoQuote.quote(e.getValue()))
                .sorted(ByteOrder.UTF8)
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
