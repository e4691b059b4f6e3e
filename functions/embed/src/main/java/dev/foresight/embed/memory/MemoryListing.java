package dev.foresight.embed.memory;

/** A validated {@code GET /memories}: {@code kind} and {@code service} are null when not filtered. */
public record MemoryListing(String kind, String service, int limit) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
}
