package dev.foresight.monitortrigger.cycle.alert;

import dev.foresight.monitortrigger.cycle.CycleRun;
import dev.foresight.monitortrigger.cycle.CycleStep;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Alert: every predicted failure and cascade goes to alert-route, one at a time, in a stable order,
 * each with its service's runbook link when the service has one.
 */
@ApplicationScoped
public class AlertStep implements CycleStep {
    private final AlertGateway gateway;
    private final ServiceRunbooks runbooks;

    public AlertStep(AlertGateway gateway, ServiceRunbooks runbooks) {
        this.gateway = gateway;
        this.runbooks = runbooks;
    }

    @Override
    public Uni<Void> apply(CycleRun run) {
        List<Alert> alerts = AlertMapper.alerts(run.predictions());
        return runbooks.of(alerts.stream().map(Alert::service).collect(Collectors.toSet()))
                .onItem().transformToMulti(links -> Multi.createFrom().iterable(alerts.stream()
                        .map(alert -> alert.withRunbook(links.get(alert.service()))).toList()))
                .onItem().transformToUniAndConcatenate(gateway::send)
                .onItem().invoke(run::alerted)
                .collect().last()
                .replaceWithVoid();
    }
}
