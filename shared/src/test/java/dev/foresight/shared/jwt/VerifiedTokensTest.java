package dev.foresight.shared.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void aTokenIsKeptUntilItsExpiryWhenThatComesFirst() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofMinutes(1), 10);
        JsonWebToken token = token(NOW.plusSeconds(30));
        tokens.put("a.b.c", token, NOW);
        assertSame(token, tokens.get("a.b.c", NOW.plusSeconds(29)));
        assertNull(tokens.get("a.b.c", NOW.plusSeconds(30)));
        assertEquals(0, tokens.size());
    }

    @Test
    void aLongLivedTokenIsKeptAtMostTheTimeToLive() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofMinutes(1), 10);
        tokens.put("a.b.c", token(NOW.plusSeconds(3_600)), NOW);
        assertNull(tokens.get("a.b.c", NOW.plusSeconds(60)));
    }

    @Test
    void onlyTheExactTextMatches() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofMinutes(1), 10);
        tokens.put("a.b.c", token(NOW.plusSeconds(300)), NOW);
        assertNull(tokens.get("a.b.d", NOW));
        assertNull(tokens.get("a.b.c ", NOW));
    }

    @Test
    void expiredOrUnboundedTokensAreNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofMinutes(1), 10);
        tokens.put("expired", token(NOW.minusSeconds(1)), NOW);
        tokens.put("no-exp", token(null), NOW);
        assertEquals(0, tokens.size());
    }

    @Test
    void theMapIsClearedWhenFull() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofMinutes(1), 3);
        for (int i = 0; i < 3; i++) {
            tokens.put("t" + i, token(NOW.plusSeconds(300)), NOW);
        }
        tokens.put("t3", token(NOW.plusSeconds(300)), NOW);
        assertEquals(1, tokens.size());
        assertNull(tokens.get("t0", NOW));
    }

    private static JsonWebToken token(Instant exp) {
        Map<String, Object> claims = exp == null ? Map.of() : Map.of("exp", exp.getEpochSecond());
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "client";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
