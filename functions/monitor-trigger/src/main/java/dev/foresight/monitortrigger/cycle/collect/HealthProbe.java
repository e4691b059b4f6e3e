package dev.foresight.monitortrigger.cycle.collect;

import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.monitortrigger.cycle.FailureText;
import dev.foresight.shared.egress.EgressHttp;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * {@code GET healthUrl} through the egress policy, with a short timeout, timed. Never fails: an
 * error, or a URL whose address the policy refuses (never fetched), is an unhealthy result.
 */
@ApplicationScoped
public class HealthProbe {
    /** Redirects are followed this far, each target checked again by the egress policy. */
    static final int MAX_REDIRECTS = 5;

    private final EgressHttp http;
    private final Duration timeout;

    public HealthProbe(EgressHttp http, MonitorTriggerConfig config) {
        this.timeout = config.probeTimeout();
        this.http = http;
    }

    public Uni<ProbeResult> check(String url) {
        Context caller = io.vertx.core.Vertx.currentContext();
        long started = System.nanoTime();
        // only the status matters; the body is read (up to the egress limit) so the connection can be reused
        Uni<ProbeResult> result = Uni.createFrom().deferred(() -> http.get(url, timeout, MAX_REDIRECTS))
                .map(response -> ProbeResult.answered(response.status(), (System.nanoTime() - started) / 1_000_000.0))
                .onFailure().recoverWithItem(failure -> ProbeResult.unreachable(FailureText.of(failure)));
        // a timeout fires on a timer thread; the caller's next step may need its Vert.x context back
        return caller == null ? result : result.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }
}
