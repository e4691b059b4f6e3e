package dev.foresight.embed.memory;

import dev.foresight.shared.memory.MemoryCandidate;
import java.util.Map;

/**
 * One search hit; {@code similarity} is the cosine similarity to the query (1 = same meaning),
 * whichever side of the search found it, and {@code explanation} how its place was decided.
 */
public record MemoryMatch(long id, String text, String kind, Map<String, Object> metadata, double similarity,
        Explanation explanation) {

    static MemoryMatch of(MemoryCandidate candidate, Explanation explanation) {
        var memory = candidate.memory();
        return new MemoryMatch(memory.id(), memory.text(), memory.kind(), memory.metadata(), candidate.similarity(),
                explanation);
    }
}
