package dev.foresight.bench.nab;

import java.util.List;

/** A NAB cost matrix: reward of a detected window, cost of a false positive, cost of a miss. */
public record NabProfile(String name, double tp, double fp, double fn) {
    public static final NabProfile STANDARD = new NabProfile("standard", 1.0, 0.11, 1.0);
    public static final NabProfile LOW_FP = new NabProfile("reward_low_FP_rate", 1.0, 0.22, 1.0);
    public static final NabProfile LOW_FN = new NabProfile("reward_low_FN_rate", 1.0, 0.11, 2.0);

    public static List<NabProfile> all() {
        return List.of(STANDARD, LOW_FP, LOW_FN);
    }
}
