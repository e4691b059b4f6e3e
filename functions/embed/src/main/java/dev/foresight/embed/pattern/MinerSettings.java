package dev.foresight.embed.pattern;

/**
 * The miner's settings, one set for every system (no per-system rule or threshold).
 *
 * @param similarity        the share of a template's constant tokens that a message must repeat
 *                          to join it (1: all of them)
 * @param distinctValues    how many patterns that differ at one position alone, each with its own
 *                          word there, show that the position is a variable and merge them
 * @param pathsAreVariables whether a word with a slash or backslash inside is a variable, as a
 *                          word with a digit always is
 * @param valuesRunToSpace  whether a variable swallows the rest of its white-space-delimited chunk
 *                          ("10.0.0.1,10.0.0.2" one variable rather than three tokens)
 */
public record MinerSettings(double similarity, int distinctValues, boolean pathsAreVariables,
                            boolean valuesRunToSpace) {
    /** Chosen by leave-one-system-out cross-validation on LogHub's dev systems (BENCHMARKS.md). */
    public static final MinerSettings DEFAULT = new MinerSettings(1.0, 5, true, true);

    public MinerSettings {
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in (0, 1], was " + similarity);
        }
        if (distinctValues < 2) {
            throw new IllegalArgumentException("distinctValues must be at least 2, was " + distinctValues);
        }
    }
}
