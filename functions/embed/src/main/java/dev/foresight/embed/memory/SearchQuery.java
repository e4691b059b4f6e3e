package dev.foresight.embed.memory;

/** A validated {@code GET /memories/search}: {@code kind} is null when not filtered. */
public record SearchQuery(String text, int k, String kind) {}
