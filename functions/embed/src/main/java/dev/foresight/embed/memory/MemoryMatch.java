package dev.foresight.embed.memory;

import dev.foresight.shared.memory.ScoredMemory;
import java.util.Map;

/** One search hit; {@code similarity} is the cosine similarity to the query (1 = same meaning). */
public record MemoryMatch(long id, String text, String kind, Map<String, Object> metadata, double similarity) {

    static MemoryMatch of(ScoredMemory scored) {
        var memory = scored.memory();
        return new MemoryMatch(memory.id(), memory.text(), memory.kind(), memory.metadata(), scored.similarity());
    }
}
