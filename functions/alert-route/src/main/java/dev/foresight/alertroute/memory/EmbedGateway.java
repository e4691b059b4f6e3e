package dev.foresight.alertroute.memory;

import dev.foresight.alertroute.auth.TokenProvider;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to embed, each behind its own circuit breaker so that a dead embed costs nothing: an open
 * breaker fails at once, without a connection attempt. The time limit is part of the call (a
 * Mutiny timeout inside the guarded method), so a slow embed counts against the breaker as well.
 * No retries here: a search has no time for one, and the outbox retries records with its backoff.
 * A refusal (4xx) does not open the breaker; a 401 drops the cached token.
 * Every number can be overridden by {@code quarkus.fault-tolerance."<class>/<method>".*}.
 */
@ApplicationScoped
public class EmbedGateway {
    public static final String SEARCH_BREAKER = "embed-search";
    public static final String RECORD_BREAKER = "embed-record";

    private final EmbedClient client;
    private final TokenProvider tokens;

    public EmbedGateway(@RestClient EmbedClient client, TokenProvider tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    /** The {@code k} memories of {@code kind} nearest to {@code text}, or a failure after {@code budget}. */
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = EmbedRefusal.class)
    @CircuitBreakerName(SEARCH_BREAKER)
    public Uni<List<MemoryHit>> search(String text, int k, String kind, Duration budget) {
        return client.search(text, k, kind).ifNoItem().after(budget).fail()
                .onFailure().transform(this::classified);
    }

    /** Stores one memory in embed. */
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = EmbedRefusal.class)
    @CircuitBreakerName(RECORD_BREAKER)
    public Uni<MemoryHit> record(MemoryRecord memory, Duration timeout) {
        return client.remember(memory).ifNoItem().after(timeout).fail()
                .onFailure().transform(this::classified);
    }

    private Throwable classified(Throwable failure) {
        if (TokenProvider.rejectsToken(failure)) {
            tokens.invalidate();
        }
        if (failure instanceof EmbedFailure answered && !answered.retryable()) {
            return new EmbedRefusal(answered);
        }
        return failure;
    }
}
