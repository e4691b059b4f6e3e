package dev.foresight.monitortrigger.cycle.predict;

import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.monitortrigger.cycle.CycleRun;
import dev.foresight.monitortrigger.cycle.CycleStep;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Predict: ask predict about every service with recent snapshots, in chunks of
 * {@code predict-chunk-size} per batch call, a few calls at a time; each service's outcome is
 * recorded as its line arrives.
 */
@ApplicationScoped
public class PredictStep implements CycleStep {
    private final PredictGateway gateway;
    private final MonitorTriggerConfig config;

    public PredictStep(PredictGateway gateway, MonitorTriggerConfig config) {
        this.gateway = gateway;
        this.config = config;
    }

    @Override
    public Uni<Void> apply(CycleRun run) {
        return Multi.createFrom().iterable(run.candidates())
                .group().intoLists().of(config.predictChunkSize())
                .onItem().transformToUni(services -> gateway.predict(new PredictChunk(services, run::predicted)))
                .merge(config.predictConcurrency())
                .collect().last()
                .replaceWithVoid();
    }
}
