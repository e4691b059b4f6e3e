package dev.foresight.embed.pattern;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Incremental log template miner in the manner of Drain (He et al., ICWS 2017): messages arrive
 * one at a time, are cut into tokens ({@link LogTokens}), and join the most similar pattern of the
 * same token count, whose template then turns the positions where they differ into variables.
 * A word that digits do not mark as a variable becomes one when enough patterns differ at that
 * position alone ({@link MinerSettings#distinctValues()}): those patterns merge, and the messages
 * filed under them move along ({@link #current(int)}). Not thread-safe.
 * Written here because no maintained Java library mines log templates.
 */
public final class TemplateMiner {
    private final MinerSettings settings;
    private final Map<Integer, List<MinedPattern>> byLength = new HashMap<>();
    private final List<MinedPattern> founded = new ArrayList<>();
    private final List<Integer> mergedInto = new ArrayList<>();

    public TemplateMiner(MinerSettings settings) {
        this.settings = settings;
    }

    /** Files the message under a pattern (a new one when none is similar enough) and returns it. */
    public LogPattern add(String message) {
        LogTokens tokens = LogTokens.of(message, settings);
        List<MinedPattern> candidates = byLength.computeIfAbsent(tokens.size(), n -> new ArrayList<>());
        MinedPattern best = null;
        double bestSimilarity = -1;
        for (MinedPattern candidate : candidates) {
            double similarity = candidate.similarity(tokens.tokens(), settings.similarity());
            if (similarity > bestSimilarity) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        MinedPattern filed;
        if (best != null && bestSimilarity >= settings.similarity()) {
            filed = best;
            if (best.absorb(tokens.tokens())) {
                index(best);
            }
        } else {
            filed = new MinedPattern(founded.size(), tokens);
            founded.add(filed);
            mergedInto.add(filed.id());
            candidates.add(filed);
            index(filed);
        }
        return founded.get(current(filed.id())).snapshot();
    }

    /** The id that the pattern founded as {@code id} goes by now (patterns merge). */
    public int current(int id) {
        int root = id;
        while (mergedInto.get(root) != root) {
            root = mergedInto.get(root);
        }
        mergedInto.set(id, root);
        return root;
    }

    /** The patterns alive now, in the order they were founded. */
    public List<LogPattern> patterns() {
        return founded.stream().filter(MinedPattern::alive).map(MinedPattern::snapshot).toList();
    }

    /**
     * Looks for the patterns of the same length that differ from this one at one position alone;
     * when enough of them differ at the same position, merges them with that position a variable,
     * and looks again from the merged pattern. Costs one early-stopping scan of the patterns of
     * that length, and keeps no index.
     */
    private void index(MinedPattern pattern) {
        Deque<MinedPattern> pending = new ArrayDeque<>(List.of(pattern));
        while (!pending.isEmpty()) {
            MinedPattern p = pending.pop();
            if (!p.alive()) {
                continue;
            }
            Map<Integer, List<MinedPattern>> siblings = new HashMap<>();
            for (MinedPattern other : byLength.get(p.length())) {
                int position = other == p ? MinedPattern.EQUAL : p.onlyDifference(other);
                if (position >= 0) {
                    siblings.computeIfAbsent(position, k -> new ArrayList<>(List.of(p))).add(other);
                }
            }
            for (Map.Entry<Integer, List<MinedPattern>> group : siblings.entrySet()) {
                int position = group.getKey();
                if (group.getValue().size() >= settings.distinctValues() && p.staysMostlyConstant(position)) {
                    MinedPattern survivor = group.getValue().stream()
                            .min((a, b) -> Integer.compare(a.id(), b.id())).orElseThrow();
                    for (MinedPattern other : group.getValue()) {
                        if (other != survivor) {
                            survivor.merge(other, position);
                            mergedInto.set(other.id(), survivor.id());
                            byLength.get(other.length()).remove(other);
                        }
                    }
                    pending.push(survivor);
                    break;
                }
            }
        }
    }
}
