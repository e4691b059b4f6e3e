package dev.foresight.predict.anomaly;

/** Scores how anomalous the latest points of a history are. {@code NaN} marks a missing point. */
public interface AnomalyScorer {
    AnomalyScore score(double[] history);
}
