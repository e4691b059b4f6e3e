package dev.foresight.shared.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * A POST or PUT sent with {@code Content-Length: 0} and a bearer token never got an answer from
 * Quarkus REST (the request had ended while the token was checked, and the body reader waited
 * for data that would not come). Without the header the same request is read as "no body" and
 * the endpoint answers its usual 400 "body: is required", so the header is dropped up front.
 */
@Singleton
public class EmptyBodyRoute {
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            if ("0".equals(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
                ctx.request().headers().remove(HttpHeaders.CONTENT_LENGTH);
            }
            ctx.next();
        });
    }
}
