package dev.foresight.alertroute.amconfig;

import dev.foresight.alertroute.am.config.ConfigException;
import dev.foresight.alertroute.dispatch.Grouping;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Loads the configuration at start-up (an invalid one stops the function with its message),
 * applies reloads and rollbacks, and follows versions other instances stored.
 */
@ApplicationScoped
public class ConfigLifecycle {
    private final RunningConfig config;
    private final Grouping grouping;

    public ConfigLifecycle(RunningConfig config, Grouping grouping) {
        this.config = config;
        this.grouping = grouping;
    }

    void start(@Observes StartupEvent started) {
        try {
            apply(config.load()).await().indefinitely();
        } catch (ConfigException invalid) {
            throw new IllegalStateException("invalid Alertmanager configuration "
                    + config.file().map(path -> "\"" + path + "\"").orElse("from the settings") + ": " + invalid.getMessage(), invalid);
        }
    }

    /** {@code POST /-/reload}: a refused file leaves the running configuration serving. */
    public Uni<Engine> reload() {
        return apply(config.load());
    }

    public Uni<Engine> rollback(long version) {
        return apply(config.rollback(version));
    }

    private Uni<Engine> apply(Uni<Engine> loading) {
        return loading.call(grouping::regroup);
    }

    @Scheduled(every = "${foresight.alert-route.alertmanager.config-check:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> follow() {
        return config.follow().replaceWithVoid();
    }
}
