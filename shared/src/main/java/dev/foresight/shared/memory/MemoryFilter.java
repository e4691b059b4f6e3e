package dev.foresight.shared.memory;

import java.time.Instant;

/**
 * Which memories a search may return; a null part does not filter. {@code service} is the
 * metadata's "service"; {@code since} (inclusive) and {@code until} (exclusive) bound the time the
 * memory was recorded.
 */
public record MemoryFilter(String kind, String service, Instant since, Instant until) {
    public static final MemoryFilter NONE = new MemoryFilter(null, null, null, null);

    public static MemoryFilter ofKind(String kind) {
        return new MemoryFilter(kind, null, null, null);
    }

    public boolean any() {
        return kind != null || service != null || since != null || until != null;
    }
}
