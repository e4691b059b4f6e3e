package dev.foresight.shared.token;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A function's own access token for calling its peers: fetched from token-refresh by client
 * credentials ({@code fetch}) and reused until {@code renewBefore} its expiry. Two callers that both
 * find it stale may both fetch one; the later simply replaces the earlier.
 */
public final class ServiceTokens {
    private final Supplier<Uni<TokenResponse>> fetch;
    private final Duration renewBefore;
    private final Clock clock;
    private final AtomicReference<CachedToken> current = new AtomicReference<>();

    public ServiceTokens(Supplier<Uni<TokenResponse>> fetch, Duration renewBefore, Clock clock) {
        this.fetch = fetch;
        this.renewBefore = renewBefore;
        this.clock = clock;
    }

    /** Forgets the cached token, e.g. after a call was answered 401: the next call fetches a new one. */
    public void invalidate() {
        current.set(null);
    }

    public Uni<String> accessToken() {
        CachedToken cached = current.get();
        if (cached != null && cached.usableAt(clock.instant(), renewBefore)) {
            return Uni.createFrom().item(cached.value());
        }
        return fetch.get().map(response -> {
            if (response == null || response.accessToken() == null || response.accessToken().isBlank()) {
                throw new IllegalStateException("token-refresh answered without an access_token");
            }
            long expiresIn = response.expiresIn() == null ? 0 : response.expiresIn();
            CachedToken fresh = CachedToken.issued(response.accessToken(), expiresIn, clock.instant());
            current.set(fresh);
            return fresh.value();
        });
    }
}
