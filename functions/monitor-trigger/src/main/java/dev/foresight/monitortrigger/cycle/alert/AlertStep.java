package dev.foresight.monitortrigger.cycle.alert;

import dev.foresight.monitortrigger.cycle.CycleRun;
import dev.foresight.monitortrigger.cycle.CycleStep;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Alert: every predicted failure and cascade goes to alert-route, one at a time, in a stable order. */
@ApplicationScoped
public class AlertStep implements CycleStep {
    private final AlertGateway gateway;

    public AlertStep(AlertGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Uni<Void> apply(CycleRun run) {
        return Multi.createFrom().iterable(AlertMapper.alerts(run.predictions()))
                .onItem().transformToUniAndConcatenate(gateway::send)
                .onItem().invoke(run::alerted)
                .collect().last()
                .replaceWithVoid();
    }
}
