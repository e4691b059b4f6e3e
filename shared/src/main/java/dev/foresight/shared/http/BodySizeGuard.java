package dev.foresight.shared.http;

import dev.foresight.shared.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A declared {@code Content-Length} over {@code quarkus.http.limits.max-body-size} is refused
 * before Quarkus's own upload limit, which answers 413 with no body: here it is a 413 problem
 * naming the limit. The body is not read, so the connection is closed after the answer.
 */
@Singleton
public class BodySizeGuard {
    private final Optional<MemorySize> limit;

    public BodySizeGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.limit = limit;
    }

    void install(@Observes Router router) {
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && tooLarge(declared, max)) {
                Problem problem = Problem.of(413, "Content Too Large", "body: must be at most " + max + " bytes");
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Json.encode(problem))
                        .onComplete(sent -> ctx.request().connection().close());
                return;
            }
            ctx.next();
        });
    }

    private static boolean tooLarge(String declared, long max) {
        try {
            return Long.parseLong(declared.strip()) > max;
        } catch (NumberFormatException malformed) {
            return false; // the HTTP codec refuses it
        }
    }
}
