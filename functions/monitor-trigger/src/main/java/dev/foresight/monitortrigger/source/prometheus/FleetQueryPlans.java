package dev.foresight.monitortrigger.source.prometheus;

import dev.foresight.monitortrigger.fleet.file.DeclaredService;
import dev.foresight.monitortrigger.fleet.file.FleetDocument;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The query plans once a fleet document is declared: the services configured under
 * {@code foresight.monitor-trigger.prometheus.services}, with every service whose declaration has
 * a {@code prometheus:} block taking that block instead. Connection, step and presets stay
 * configuration's.
 */
final class FleetQueryPlans {
    private FleetQueryPlans() {}

    /** Whether the document says anything about Prometheus; when not, the configured plans stand. */
    static boolean declaresQueries(FleetDocument document) {
        return document.services().stream().anyMatch(s -> s.prometheus().isPresent());
    }

    /** Throws {@link IllegalArgumentException} naming {@code services."name".…} for what the file validator cannot know. */
    static QueryPlans build(PrometheusSettings settings, FleetDocument document) {
        Map<String, ServiceSpec> specs = new TreeMap<>();
        settings.config().services().forEach((name, s) -> specs.put(name, new ServiceSpec(s.preset(), s.job(), s.instance(), s.queries())));
        for (DeclaredService s : document.services()) {
            s.prometheus().ifPresent(p -> specs.put(s.name(), new ServiceSpec(Optional.ofNullable(p.preset()),
                    Optional.ofNullable(p.job()), Optional.ofNullable(p.instance()), p.queries())));
        }
        MonitorTriggerConfigView c = new MonitorTriggerConfigView(settings);
        return QueryPlans.build("", specs, c.defaultPreset(), c.allServices(), c.step(), c.rateWindow());
    }

    /** The few settings the plans need, read once. */
    private record MonitorTriggerConfigView(String defaultPreset, boolean allServices, java.time.Duration step,
            java.time.Duration rateWindow) {
        MonitorTriggerConfigView(PrometheusSettings s) {
            this(s.config().defaultPreset(), s.config().allServices(), s.config().step(), s.config().rateWindow());
        }
    }
}
