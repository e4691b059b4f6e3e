package dev.foresight.monitortrigger.cycle;

import io.quarkus.funqy.Funq;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Singleton;

/**
 * {@code POST /monitor-trigger}: the function an external scheduler (Knative PingSource,
 * CronJob) calls. Funqy invokes it on a worker thread; the cycle runs on a Vert.x context
 * because reactive Hibernate needs one.
 */
@Singleton
public class CycleFunction {
    private final CycleService cycles;

    public CycleFunction(CycleService cycles) {
        this.cycles = cycles;
    }

    @Funq("monitor-trigger")
    public CycleReport trigger(TriggerRequest ignored) {
        try {
            return VertxContextSupport.subscribeAndAwait(cycles::run);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("monitor cycle failed", t);
        }
    }
}
