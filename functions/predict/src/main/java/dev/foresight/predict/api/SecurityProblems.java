package dev.foresight.predict.api;

import dev.foresight.shared.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Answers a missing or invalid token with 401 and a missing scope with 403, as problem+json.
 * Installed ahead of the shared route failure handler (lower observer priority, same route
 * order), which does not recognise the security exceptions and would report them as 500.
 */
@Singleton
public class SecurityProblems {

    void install(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().headWritten()) {
            ctx.next();
        } else if (failure instanceof ForbiddenException) {
            end(ctx, Problem.of(403, "Forbidden", "the token lacks the scope this operation requires"));
        } else if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            end(ctx, Problem.of(401, "Unauthorized", "a valid bearer token is required"));
        } else {
            ctx.next();
        }
    }

    private static void end(RoutingContext ctx, Problem problem) {
        ctx.response().setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
