package dev.foresight.monitortrigger.cycle;

import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Local scheduling: when {@code foresight.monitor-trigger.schedule.enabled} is on, this process
 * runs cycles by itself. In deployment it stays off and an external scheduler calls the endpoint.
 */
@ApplicationScoped
public class CycleSchedule {
    private static final Logger LOG = Logger.getLogger(CycleSchedule.class);

    private final CycleService cycles;

    public CycleSchedule(CycleService cycles) {
        this.cycles = cycles;
    }

    @Scheduled(identity = "monitor-cycle",
            every = "${foresight.monitor-trigger.schedule.every:30s}",
            skipExecutionIf = Disabled.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return cycles.run()
                .replaceWithVoid()
                .onFailure(ProblemException.class).invoke(busy -> LOG.debug("scheduled cycle skipped: " + busy.getMessage()))
                .onFailure(ProblemException.class).recoverWithNull()
                .onFailure().invoke(failure -> LOG.error("scheduled cycle failed", failure))
                .onFailure().recoverWithNull();
    }

    /** Skips every tick unless local scheduling is enabled. */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {
        private final MonitorTriggerConfig config;

        public Disabled(MonitorTriggerConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.schedule().enabled();
        }
    }
}
