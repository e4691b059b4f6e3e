package dev.foresight.monitortrigger.cycle.predict;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code POST /predict} by service: predict reads the service's recent snapshots itself. */
@RegisterForReflection
public record PredictRequest(String service) {}
