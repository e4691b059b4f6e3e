package dev.foresight.embed.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Incremental log template miner in the manner of Drain (He et al., ICWS 2017): messages arrive
 * one at a time, are cut into tokens ({@link LogTokens}), and join the most similar pattern of the
 * same token count, whose template then turns the positions where they differ into variables.
 * Written here because no maintained Java library mines log templates.
 */
public final class TemplateMiner {
    private final MinerSettings settings;
    private final Map<Integer, List<MinedPattern>> byLength = new HashMap<>();
    private final List<MinedPattern> patterns = new ArrayList<>();

    public TemplateMiner(MinerSettings settings) {
        this.settings = settings;
    }

    /** Files the message under a pattern (a new one when none is similar enough) and returns it. */
    public LogPattern add(String message) {
        LogTokens tokens = LogTokens.of(message);
        List<MinedPattern> candidates = byLength.computeIfAbsent(tokens.size(), n -> new ArrayList<>());
        MinedPattern best = null;
        double bestSimilarity = -1;
        for (MinedPattern candidate : candidates) {
            double similarity = candidate.similarity(tokens.tokens());
            if (similarity > bestSimilarity) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        if (best != null && bestSimilarity >= settings.similarity()) {
            best.absorb(tokens.tokens());
            return best.snapshot();
        }
        MinedPattern created = new MinedPattern(patterns.size(), tokens);
        candidates.add(created);
        patterns.add(created);
        return created.snapshot();
    }

    /** The id that the pattern founded as {@code id} goes by now (patterns may merge). */
    public int current(int id) {
        return id;
    }

    /** Every pattern so far, in the order they were founded. */
    public List<LogPattern> patterns() {
        return patterns.stream().map(MinedPattern::snapshot).toList();
    }
}
