package dev.foresight.shared.http;

import dev.foresight.shared.input.RequestTarget;
import dev.foresight.shared.problem.ProblemException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Refuses a request whose path or query is malformed (bad percent-escape, control characters)
 * before any route, security check or body read: a 400 problem naming "path" or the parameter.
 */
@Singleton
public class RequestTargetGuard {
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(ctx -> {
            String uri = ctx.request().uri();
            int q = uri.indexOf('?');
            String path = q < 0 ? uri : uri.substring(0, q);
            String query = q < 0 ? null : uri.substring(q + 1);
            RequestTarget.check(path, query).ifPresentOrElse(
                    v -> ctx.fail(ProblemException.invalid(v.field(), v.rule())),
                    ctx::next);
        });
    }
}
