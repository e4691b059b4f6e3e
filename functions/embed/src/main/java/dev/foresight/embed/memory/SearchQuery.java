package dev.foresight.embed.memory;

import dev.foresight.shared.memory.MemoryFilter;

/** A validated {@code GET /memories/search}: the query text, how many results, which memories qualify, and how to rank them. */
public record SearchQuery(String text, int k, MemoryFilter filter, SearchMode mode) {}
