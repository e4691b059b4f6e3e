package dev.foresight.shared.problem;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Routes outside JAX-RS (funqy functions, security checks) fail through Vert.x; this handler
 * gives those failures the same problem+json body as REST resources.
 */
@Singleton
public class ProblemRouteFailureHandler {
    private static final Logger LOG = Logger.getLogger(ProblemRouteFailureHandler.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Problem problem = ctx.failure() == null
                ? Problem.of(ctx.statusCode(), titleFor(ctx.statusCode()), null)
                : Problems.from(ctx.failure());
        if (problem.status() == 500 && ctx.statusCode() > 0 && ctx.statusCode() != 500) {
            problem = Problem.of(ctx.statusCode(), titleFor(ctx.statusCode()), problem.detail());
        }
        if (problem.status() == 503) {
            ctx.response().putHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            LOG.warnf("request refused, database unavailable: %s %s", ctx.request().path(), String.valueOf(ctx.failure()));
        } else if (problem.status() >= 500) {
            LOG.error("request failed: " + ctx.request().path(), ctx.failure());
        }
        if (problem.status() == 401 && ctx.response().headers().get("WWW-Authenticate") == null) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
        }
        ctx.response().setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
