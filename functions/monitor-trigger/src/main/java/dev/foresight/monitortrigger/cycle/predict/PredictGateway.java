package dev.foresight.monitortrigger.cycle.predict;

import dev.foresight.monitortrigger.auth.TokenProvider;
import dev.foresight.monitortrigger.client.UpstreamRejected;
import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.monitortrigger.cycle.FailureText;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls predict for one chunk of services and settles each as its line arrives. Transient
 * failures (a 5xx, a broken or stalled stream, a 5xx entry) are retried with jittered exponential
 * backoff for the services not settled yet; a refused request (4xx) is not, and does not count
 * against the breaker. Whatever happens, every service of the chunk gets an outcome: one
 * service's failure must not stop the cycle. A 401 drops the cached token, so the next call
 * fetches a fresh one. Every number here can be overridden by
 * {@code quarkus.fault-tolerance."<class>/predict".*}.
 */
@ApplicationScoped
public class PredictGateway {
    public static final String BREAKER = "predict";

    private final PredictClient client;
    private final TokenProvider tokens;
    private final MonitorTriggerConfig config;

    public PredictGateway(@RestClient PredictClient client, TokenProvider tokens, MonitorTriggerConfig config) {
        this.client = client;
        this.tokens = tokens;
        this.config = config;
    }

    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UpstreamRejected.class)
    @ExponentialBackoff(factor = 2, maxDelay = 5, maxDelayUnit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = {UpstreamRejected.class, PredictChunk.Unsettled.class})
    @CircuitBreakerName(BREAKER)
    @Fallback(fallbackMethod = "unavailable")
    public Uni<Void> predict(PredictChunk chunk) {
        List<String> asked = chunk.pending();
        return client.predict(PredictBatchRequest.of(asked))
                .ifNoItem().after(config.predictLineTimeout()).failWith(() -> new TimeoutException(
                        "predict sent no answer line for " + config.predictLineTimeout().toSeconds() + " s"))
                .onItem().invoke(line -> chunk.answer(asked, line))
                .onItem().ignoreAsUni()
                .invoke(chunk::requireSettled);
    }

    Uni<Void> unavailable(PredictChunk chunk, Throwable failure) {
        if (TokenProvider.rejectsToken(failure)) {
            tokens.invalidate();
        }
        chunk.giveUp(FailureText.of(failure));
        return Uni.createFrom().voidItem();
    }
}
