package dev.foresight.shared.memory;

/** A memory and its cosine similarity (1 = same direction) to a query vector. */
public record ScoredMemory(Memory memory, double similarity) {}
