package dev.foresight.tokenrefresh.ratelimit;

import dev.foresight.shared.ratelimit.RateLimitConfig;
import dev.foresight.shared.ratelimit.RateLimiter;
import dev.foresight.shared.ratelimit.TokenBucket;
import dev.foresight.tokenrefresh.client.ClientRules;
import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import dev.foresight.tokenrefresh.oauth.FormBody;
import dev.foresight.tokenrefresh.oauth.OAuthException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /token} is anonymous, so the per-principal limit cannot apply: it has one bucket per
 * remote address and one per client id named in the request. Both are taken before the client's
 * secret is checked, so a flood of guesses costs a Redis call, not a PBKDF2 hash.
 */
@ApplicationScoped
public class TokenRateLimit {
    private static final String PREFIX = "foresight:rate:token:";

    private final RateLimiter limiter;
    private final boolean enabled;
    private final TokenBucket perClient;
    private final TokenBucket perAddress;

    public TokenRateLimit(RateLimiter limiter, RateLimitConfig shared, TokenRefreshConfig config) {
        this.limiter = limiter;
        this.enabled = shared.enabled();
        TokenRefreshConfig.TokenLimit limit = config.tokenLimit();
        this.perClient = TokenBucket.configured("foresight.token-refresh.token-limit.client", limit.clientRate(), limit.clientBurst());
        this.perAddress = TokenBucket.configured("foresight.token-refresh.token-limit.address", limit.addressRate(), limit.addressBurst());
    }

    /** Fails with {@link TokenRateLimitedException} when either bucket is empty. */
    public Uni<Void> check(String body, String authorization, String remoteAddress) {
        if (!enabled) {
            return Uni.createFrom().voidItem();
        }
        String client = clientId(formOrNull(body), authorization);
        return limiter.take("token-address", PREFIX + "address:" + remoteAddress, perAddress)
                .chain(byAddress -> !byAddress.allowed() || client == null ? Uni.createFrom().item(byAddress)
                        : limiter.take("token-client", PREFIX + "client:" + client, perClient))
                .invoke(decision -> {
                    if (!decision.allowed()) {
                        throw new TokenRateLimitedException(decision);
                    }
                })
                .replaceWithVoid();
    }

    /** The decoded form, or null when it cannot be decoded (the grant answers invalid_request then). */
    private static Map<String, List<String>> formOrNull(String body) {
        try {
            return FormBody.parse(body);
        } catch (OAuthException malformed) {
            return null;
        }
    }

    /**
     * The client the request names, by Basic header or {@code client_id}; null when it names none
     * that could exist (the grant refuses it anyway, and the address bucket still applies).
     */
    static String clientId(Map<String, List<String>> form, String authorization) {
        String id = null;
        if (authorization != null && authorization.length() > 6
                && authorization.substring(0, 6).toLowerCase(Locale.ROOT).equals("basic ")) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                id = colon < 0 ? null : URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                id = null;
            }
        } else if (form != null && form.get("client_id") != null && !form.get("client_id").isEmpty()) {
            id = form.get("client_id").get(0);
        }
        return id != null && ClientRules.idProblem(id).isEmpty() ? id : null;
    }
}
