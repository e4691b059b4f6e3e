package dev.foresight.alertroute.apiv2;

import dev.foresight.alertroute.amconfig.RunningConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;

/** Alertmanager's status: clustering is PostgreSQL's job here, so the gossip cluster reports itself disabled. */
@ApplicationScoped
public class V2Status {
    static final V2Models.VersionInfo VERSION = new V2Models.VersionInfo("main", "", "foresight", "", "",
            "foresight-alert-route-0.1.0");

    private final RunningConfig config;
    private volatile Instant started = Instant.now();

    public V2Status(RunningConfig config) {
        this.config = config;
    }

    void started(@Observes StartupEvent event) {
        started = Instant.now();
    }

    public V2Models.Status now() {
        return new V2Models.Status(new V2Models.ClusterStatus("", "disabled", List.of()),
                new V2Models.ConfigText(config.engine().config().source()), started.toString(), VERSION);
    }
}
