package dev.foresight.shared.ratelimit;

import dev.foresight.shared.problem.Problem;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** The 429 answer: problem+json with {@code Retry-After} in seconds (RFC 6585 §4, RFC 9110 §10.2.3). */
public final class TooManyRequests {
    private TooManyRequests() {}

    public static Problem problem(TokenBucket.Decision decision) {
        return Problem.of(429, "Too Many Requests",
                "rate limit exceeded; retry after " + decision.retryAfterSeconds() + " s");
    }

    public static void answer(RoutingContext ctx, TokenBucket.Decision decision) {
        ctx.response().setStatusCode(429)
                .putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()))
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem(decision)));
    }
}
