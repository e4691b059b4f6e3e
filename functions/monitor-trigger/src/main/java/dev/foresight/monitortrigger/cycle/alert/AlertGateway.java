package dev.foresight.monitortrigger.cycle.alert;

import dev.foresight.monitortrigger.auth.TokenProvider;
import dev.foresight.monitortrigger.client.UpstreamRejected;
import dev.foresight.monitortrigger.cycle.FailureText;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Sends one alert to alert-route. Retrying is safe: alert-route deduplicates by fingerprint.
 * A refused alert (4xx) is not retried and does not count against the breaker.
 * A 401 drops the cached token, so the next call fetches a fresh one.
 * Every number here can be overridden by {@code quarkus.fault-tolerance."<class>/send".*}.
 */
@ApplicationScoped
public class AlertGateway {
    public static final String BREAKER = "alert-route";

    private final AlertRouteClient client;
    private final TokenProvider tokens;

    public AlertGateway(@RestClient AlertRouteClient client, TokenProvider tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UpstreamRejected.class)
    @ExponentialBackoff(factor = 2, maxDelay = 5, maxDelayUnit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = UpstreamRejected.class)
    @CircuitBreakerName(BREAKER)
    @Fallback(fallbackMethod = "undelivered")
    public Uni<AlertOutcome> send(Alert alert) {
        return client.send(alert).map(receipt -> AlertOutcome.sent(alert, receipt));
    }

    Uni<AlertOutcome> undelivered(Alert alert, Throwable failure) {
        if (TokenProvider.rejectsToken(failure)) {
            tokens.invalidate();
        }
        return Uni.createFrom().item(AlertOutcome.failed(alert, FailureText.of(failure)));
    }
}
