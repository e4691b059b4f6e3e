package dev.foresight.alertroute.notify;

import dev.foresight.alertroute.alert.NewAlert;
import dev.foresight.alertroute.fingerprint.Fingerprint;
import dev.foresight.alertroute.severity.Severity;
import dev.foresight.alertroute.severity.SeverityRules;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The alert pipeline, read top to bottom: classify → fingerprint → dedup and store (one
 * transaction) → fan-out to receivers, which starts only after the transaction has committed so
 * no receiver ever hears of an alert that was rolled back.
 */
@ApplicationScoped
public class AlertPipeline {
    private final SeverityRules severityRules;
    private final AlertStore store;
    private final FanOut fanOut;
    private final Delivery delivery;
    private final MeterRegistry meters;

    public AlertPipeline(SeverityRules severityRules, AlertStore store, FanOut fanOut, Delivery delivery,
            MeterRegistry meters) {
        this.meters = meters;
        this.severityRules = severityRules;
        this.store = store;
        this.fanOut = fanOut;
        this.delivery = delivery;
    }

    public Uni<AlertStore.Stored> ingest(NewAlert alert) {
        Severity severity = severityRules.classify(alert.facts());
        String fingerprint = Fingerprint.of(alert.type(), alert.service(), alert.labels());
        return store.upsert(alert, severity, fingerprint, fanOut::select)
                .invoke(stored -> {
                    meters.counter("foresight.alerts", "severity", severity.name().toLowerCase(java.util.Locale.ROOT),
                            "deduplicated", Boolean.toString(stored.deduplicated())).increment();
                    if (!stored.pending().isEmpty()) {
                        delivery.dispatch(stored.alert(), stored.pending());
                    }
                });
    }
}
