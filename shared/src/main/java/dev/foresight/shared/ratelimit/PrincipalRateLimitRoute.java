package dev.foresight.shared.ratelimit;

import dev.foresight.shared.apikey.ApiKeyIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One token bucket per principal and function: a JWT's subject or an API key's id. It runs after
 * authentication (route order -200) and the permission check (-100), so only requests that would
 * be served are counted; anonymous requests (health, metrics, {@code /token}) are not limited here.
 */
@Singleton
public class PrincipalRateLimitRoute {
    /** After Quarkus's authentication (-200) and permission (-100) filters, before any endpoint. */
    static final int ORDER = -90;

    private final RateLimiter limiter;
    private final boolean enabled;
    private final TokenBucket bucket;
    private final String keyPrefix;

    public PrincipalRateLimitRoute(RateLimiter limiter, RateLimitConfig config,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.limiter = limiter;
        this.enabled = config.enabled();
        this.bucket = TokenBucket.configured("foresight.rate-limit", config.rate(), config.burst());
        this.keyPrefix = "foresight:rate:" + application + ":";
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(ORDER).handler(this::handle);
        }
    }

    private void handle(RoutingContext ctx) {
        String principal = principalOf(ctx);
        if (principal == null) {
            ctx.next();
            return;
        }
        limiter.take("principal", keyPrefix + principal, bucket).subscribe().with(decision -> {
            if (decision.allowed()) {
                ctx.next();
            } else {
                TooManyRequests.answer(ctx, decision);
            }
        }, ctx::fail);
    }

    /** "key:ak_…" for an API key, "sub:…" for a token; null when nobody is authenticated. */
    static String principalOf(RoutingContext ctx) {
        if (!(ctx.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous() || identity.getPrincipal() == null) {
            return null;
        }
        String keyId = identity.getAttribute(ApiKeyIdentity.KEY_ID);
        return keyId != null ? "key:" + keyId : "sub:" + identity.getPrincipal().getName();
    }
}
