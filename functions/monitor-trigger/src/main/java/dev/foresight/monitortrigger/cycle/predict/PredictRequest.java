package dev.foresight.monitortrigger.cycle.predict;

/** {@code POST /predict} by service: predict reads the service's recent snapshots itself. */
public record PredictRequest(String service) {}
