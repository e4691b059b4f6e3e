package dev.foresight.alertroute.web;

import dev.foresight.shared.problem.Problem;
import io.quarkus.security.AuthenticationCompletionException;
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
 * Answers failed authentication with 401 (and a Bearer challenge) and missing scopes with 403,
 * as problem+json. Installed ahead of the shared route failure handler, which does not know
 * these security exceptions and would report them as 500.
 */
@Singleton
public class AuthFailureHandler {
    void install(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        int status = statusFor(ctx);
        if (status == 0 || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Problem problem = status == 401
                ? Problem.of(401, "Unauthorized", "a valid bearer token is required")
                : Problem.of(403, "Forbidden", "the token lacks the scope this request needs");
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.encode(problem));
    }

    private static int statusFor(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException) {
            return 401;
        }
        if (failure instanceof ForbiddenException) {
            // an anonymous caller is refused for want of a token, not of a scope
            return ctx.user() == null ? 401 : 403;
        }
        return 0;
    }
}
