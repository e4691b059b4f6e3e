package dev.foresight.monitortrigger.cycle.predict;

import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.monitortrigger.cycle.CycleRun;
import dev.foresight.monitortrigger.cycle.CycleStep;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Predict: ask predict about every service with recent snapshots, a few at a time. */
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
                .onItem().transformToUni(gateway::predict).merge(config.predictConcurrency())
                .onItem().invoke(run::predicted)
                .collect().last()
                .replaceWithVoid();
    }
}
