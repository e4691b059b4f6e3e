package dev.foresight.monitortrigger.cycle.predict;

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
 * Calls predict for one service. Transient failures are retried with jittered exponential
 * backoff; a refused request (4xx) is not, and does not count against the breaker. Whatever
 * happens, the caller gets an outcome: one service's failure must not stop the cycle.
 * A 401 drops the cached token, so the next call fetches a fresh one.
 * Every number here can be overridden by {@code quarkus.fault-tolerance."<class>/predict".*}.
 */
@ApplicationScoped
public class PredictGateway {
    public static final String BREAKER = "predict";

    private final PredictClient client;
    private final TokenProvider tokens;

    public PredictGateway(@RestClient PredictClient client, TokenProvider tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UpstreamRejected.class)
    @ExponentialBackoff(factor = 2, maxDelay = 5, maxDelayUnit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = UpstreamRejected.class)
    @CircuitBreakerName(BREAKER)
    @Fallback(fallbackMethod = "unavailable")
    public Uni<PredictOutcome> predict(String service) {
        return client.predict(new PredictRequest(service)).map(response -> PredictOutcome.predicted(service, response));
    }

    Uni<PredictOutcome> unavailable(String service, Throwable failure) {
        if (TokenProvider.rejectsToken(failure)) {
            tokens.invalidate();
        }
        return Uni.createFrom().item(PredictOutcome.failed(service, FailureText.of(failure)));
    }
}
