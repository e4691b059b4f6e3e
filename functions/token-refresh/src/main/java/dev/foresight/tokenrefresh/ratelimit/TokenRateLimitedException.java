package dev.foresight.tokenrefresh.ratelimit;

import dev.foresight.shared.ratelimit.TokenBucket;

/** A {@code /token} request over its client's or its address's limit. */
public class TokenRateLimitedException extends RuntimeException {
    private final transient TokenBucket.Decision decision;

    public TokenRateLimitedException(TokenBucket.Decision decision) {
        super("too many token requests; retry after " + decision.retryAfterSeconds() + " s", null, false, false);
        this.decision = decision;
    }

    public TokenBucket.Decision decision() {
        return decision;
    }
}
