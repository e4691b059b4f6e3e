package dev.foresight.embed.pattern;

/**
 * The miner's one knob, the same for every system: the share of positions on which a message must
 * agree with a pattern's template to join it.
 */
public record MinerSettings(double similarity) {
    /** Chosen by leave-one-system-out cross-validation on LogHub's dev systems (BENCHMARKS.md). */
    public static final MinerSettings DEFAULT = new MinerSettings(0.5);

    public MinerSettings {
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in (0, 1], was " + similarity);
        }
    }
}
