package dev.foresight.embed.security;

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
 * Answers a rejected token with 401 and a missing scope with 403, as problem+json. Installed before
 * the shared route failure handler, which does not know the security exceptions and would report
 * them as 500.
 */
@Singleton
public class SecurityProblemHandler {

    void install(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        int status = failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException ? 401
                : failure instanceof ForbiddenException ? 403 : 0;
        if (status == 0 || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Problem problem = status == 401
                ? Problem.of(401, "Unauthorized", "a valid bearer token is required")
                : Problem.of(403, "Forbidden", "the token lacks the scope this operation requires");
        if (status == 401 && ctx.response().headers().get("WWW-Authenticate") == null) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
        }
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
