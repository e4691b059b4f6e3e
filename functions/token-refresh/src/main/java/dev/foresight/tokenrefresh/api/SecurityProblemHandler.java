package dev.foresight.tokenrefresh.api;

import dev.foresight.shared.problem.Problem;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * A request denied by an HTTP permission (a valid token without the required scope) fails the
 * route with {@link ForbiddenException}; the shared failure handler does not know that type and
 * would answer 500. Installed before it, this answers 403 problem+json and passes on the rest.
 */
@Singleton
public class SecurityProblemHandler {

    void install(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (ctx.failure() instanceof ForbiddenException && !ctx.response().headWritten()) {
            ctx.response().setStatusCode(403)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(Problem.of(403, "Forbidden", "the access token lacks the scope this endpoint requires")));
            return;
        }
        ctx.next();
    }
}
