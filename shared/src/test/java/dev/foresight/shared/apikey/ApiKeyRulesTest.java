package dev.foresight.shared.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyRulesTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String HASH = ApiKeyFormat.hash("the key");

    private static StoredApiKey stored(Instant expiresAt, Instant versionRevoked, Instant keyRevoked) {
        return new StoredApiKey("ak_0123456789ab", Set.of("fleet:write"), 7, 2, HASH, expiresAt, versionRevoked, keyRevoked);
    }

    @Test
    void theCurrentVersionIsAcceptedWithItsScopes() {
        ApiKeyVerdict.Accepted accepted = assertInstanceOf(ApiKeyVerdict.Accepted.class,
                ApiKeyRules.check(stored(null, null, null), HASH, NOW));
        assertEquals(Set.of("fleet:write"), accepted.scopes());
        assertEquals(7, accepted.versionId());
    }

    @Test
    void aSupersededVersionWorksUntilItsOverlapEnds() {
        Instant end = NOW.plusSeconds(60);
        assertInstanceOf(ApiKeyVerdict.Accepted.class, ApiKeyRules.check(stored(end, null, null), HASH, NOW));
        assertInstanceOf(ApiKeyVerdict.Refused.class, ApiKeyRules.check(stored(end, null, null), HASH, end));
    }

    @Test
    void refusals() {
        assertInstanceOf(ApiKeyVerdict.Refused.class, ApiKeyRules.check(null, HASH, NOW));
        assertInstanceOf(ApiKeyVerdict.Refused.class, ApiKeyRules.check(stored(null, null, null), ApiKeyFormat.hash("x"), NOW));
        assertInstanceOf(ApiKeyVerdict.Refused.class, ApiKeyRules.check(stored(null, NOW, null), HASH, NOW));
        assertInstanceOf(ApiKeyVerdict.Refused.class, ApiKeyRules.check(stored(null, null, NOW), HASH, NOW));
    }
}
