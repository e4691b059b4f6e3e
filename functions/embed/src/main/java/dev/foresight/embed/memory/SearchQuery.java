package dev.foresight.embed.memory;

import dev.foresight.shared.memory.MemoryFilter;

/** A validated {@code GET /memories/search}: the query text, how many results, and which memories qualify. */
public record SearchQuery(String text, int k, MemoryFilter filter) {}
