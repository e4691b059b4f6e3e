package dev.foresight.predict.anomaly;

/** How anomalous a point is, in [0, 1], and why in words. */
public record AnomalyScore(double score, String reason) {
    public static final AnomalyScore NORMAL = new AnomalyScore(0.0, "within its usual range");
}
