package dev.foresight.monitortrigger.cycle;

import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.monitortrigger.cycle.alert.AlertStep;
import dev.foresight.monitortrigger.cycle.cache.WarmCacheStep;
import dev.foresight.monitortrigger.cycle.collect.CollectStep;
import dev.foresight.monitortrigger.cycle.event.PublishStep;
import dev.foresight.monitortrigger.cycle.predict.PredictStep;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import dev.foresight.shared.redis.RedisLock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicReference;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs one monitor cycle at a time across every instance: the Redis lock decides who runs,
 * and a caller that finds it taken is told so instead of starting a second cycle.
 */
@ApplicationScoped
public class CycleService {
    private static final Logger LOG = Logger.getLogger(CycleService.class);

    private final RedisLock lock;
    private final MonitorTriggerConfig config;
    private final Clock clock;
    private final CollectStep collect;
    private final PredictStep predict;
    private final WarmCacheStep warmCaches;
    private final AlertStep sendAlerts;
    private final PublishStep publish;
    private final MeterRegistry meters;
    private final AtomicReference<RedisLock.Held> current = new AtomicReference<>();

    public CycleService(RedisLock lock, MonitorTriggerConfig config, Clock clock, CollectStep collect,
            PredictStep predict, WarmCacheStep warmCaches, AlertStep sendAlerts, PublishStep publish,
            MeterRegistry meters) {
        this.meters = meters;
        this.lock = lock;
        this.config = config;
        this.clock = clock;
        this.collect = collect;
        this.predict = predict;
        this.warmCaches = warmCaches;
        this.sendAlerts = sendAlerts;
        this.publish = publish;
    }

    public Uni<CycleReport> run() {
        return lock.tryAcquire(config.lockKey(), config.lockTtl())
                .invoke(held -> held.ifPresent(current::set))
                .chain(held -> held.map(this::runHolding).orElseGet(() -> Uni.createFrom().failure(alreadyRunning())));
    }

    /**
     * A cycle cut short by shutdown (a scale-to-zero, a rollout) gives its lock back at once, so the
     * next instance need not wait out the lock's TTL.
     */
    void releaseOnShutdown(@Observes ShutdownEvent event) {
        RedisLock.Held held = current.getAndSet(null);
        if (held != null) {
            lock.release(held).await().atMost(java.time.Duration.ofSeconds(2));
        }
    }

    /** The cycle: collect → predict → warm caches → alert → publish; the lock is released whatever happens. */
    private Uni<CycleReport> runHolding(RedisLock.Held held) {
        CycleRun run = new CycleRun(UUID.randomUUID().toString(), clock.instant());
        return collect.apply(run)
                .chain(() -> predict.apply(run))
                .chain(() -> warmCaches.apply(run))
                .chain(() -> sendAlerts.apply(run))
                .ifNoItem().after(config.cycleTimeout()).recoverWithItem(() -> {
                    run.error("cycle", null, "stopped after the cycle timeout of " + config.cycleTimeout());
                    return null;
                })
                .invoke(() -> run.finish(clock.instant()))
                .chain(() -> publish.apply(run))
                .map(ignored -> run.report())
                .invoke(report -> LOG.infof("cycle %s: %d services, %d predictions, %d failures, %d cascades, "
                        + "%d alerts sent, %d errors in %d ms", report.cycleId(), report.services(),
                        report.predictions(), report.failures(), report.cascades(), report.alertsSent(),
                        report.errors().size(), report.durationMs()))
                .invoke(this::record)
                .eventually(() -> release(held));
    }

    /** foresight_monitor_cycles_total{outcome} and the foresight_monitor_cycle_seconds histogram. */
    private void record(CycleReport report) {
        meters.counter("foresight.monitor.cycles", "outcome", report.errors().isEmpty() ? "clean" : "with-errors").increment();
        Timer.builder("foresight.monitor.cycle").publishPercentileHistogram().register(meters)
                .record(java.time.Duration.ofMillis(report.durationMs()));
    }

    private Uni<Void> release(RedisLock.Held held) {
        current.compareAndSet(held, null);
        return lock.release(held)
                .invoke(released -> {
                    if (!released) {
                        LOG.warnf("cycle lock %s had expired before the cycle ended; raise lock-ttl", held.key());
                    }
                })
                .onFailure().invoke(failure -> LOG.warn("could not release the cycle lock; it expires by itself", failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private static ProblemException alreadyRunning() {
        return new ProblemException(Problem.of(409, "Conflict", "cycle already running"));
    }
}
