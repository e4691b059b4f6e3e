package dev.foresight.shared.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * A POST or PUT sent with {@code Content-Length: 0} and a bearer token never got an answer from
 * Quarkus REST: the request had ended while the token was checked, and the body reader then
 * waited for data that would not come. The empty body is handed over up front instead (Quarkus
 * REST reads a body already on the routing context), so the endpoint answers at once: its usual
 * 400 "body: is required", or its normal answer when a body is optional.
 */
@Singleton
public class EmptyBodyRoute {
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            if ("0".equals(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
                ctx.request().headers().remove(HttpHeaders.CONTENT_LENGTH);
                if (ctx instanceof RoutingContextInternal internal) {
                    internal.setBody(Buffer.buffer());
                }
            }
            ctx.next();
        });
    }
}
