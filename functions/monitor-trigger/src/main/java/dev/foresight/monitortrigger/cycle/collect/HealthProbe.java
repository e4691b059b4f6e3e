package dev.foresight.monitortrigger.cycle.collect;

import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.monitortrigger.cycle.FailureText;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** {@code GET healthUrl} with a short timeout, timed. Never fails: an error is an unhealthy result. */
@ApplicationScoped
public class HealthProbe {
    private final HttpClient client;
    private final Duration timeout;

    public HealthProbe(Vertx vertx, MonitorTriggerConfig config) {
        this.timeout = config.probeTimeout();
        this.client = vertx.createHttpClient();
    }

    public Uni<ProbeResult> check(String url) {
        Context caller = io.vertx.core.Vertx.currentContext();
        long started = System.nanoTime();
        Uni<ProbeResult> result = Uni.createFrom().deferred(() -> client.request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setAbsoluteURI(url)
                        .setFollowRedirects(true)
                        .setConnectTimeout(timeout.toMillis())
                        .setIdleTimeout(timeout.toMillis())))
                .chain(request -> request.send())
                // read the body so the connection can be reused, but only the status matters
                .chain(response -> response.body().map(ignored -> response.statusCode()))
                .map(status -> ProbeResult.answered(status, (System.nanoTime() - started) / 1_000_000.0))
                .ifNoItem().after(timeout).failWith(() -> new TimeoutException("no answer within " + timeout.toMillis() + " ms"))
                .onFailure().recoverWithItem(failure -> ProbeResult.unreachable(FailureText.of(failure)));
        // a timeout fires on a timer thread; the caller's next step may need its Vert.x context back
        return caller == null ? result : result.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    @PreDestroy
    void close() {
        client.close().subscribe().with(ignored -> { }, ignored -> { });
    }
}
