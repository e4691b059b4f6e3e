package dev.foresight.monitortrigger.cycle.predict;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One entry of {@code POST /predict/batch}, by service: predict reads the service's recent snapshots itself. */
@RegisterForReflection
public record PredictRequest(String service) {}
