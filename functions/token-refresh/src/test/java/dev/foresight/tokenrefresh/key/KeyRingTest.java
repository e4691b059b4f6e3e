package dev.foresight.tokenrefresh.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rotation seen by a verifier that knows only the published key set and picks a key by {@code kid},
 * as the functions do through the JWKS URL.
 */
class KeyRingTest {
    private static final Duration LEAD = Duration.ofMinutes(10);
    private static final Duration OVERLAP = Duration.ofMinutes(15);
    private static final KeyRotationPolicy POLICY = new KeyRotationPolicy(LEAD, OVERLAP, Duration.ofDays(30));

    @TempDir
    Path keys;

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final List<String> rotations = new ArrayList<>();

    private KeyRing ring() {
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        return new KeyRing(keys, POLICY, (newKid, previous) -> rotations.add(previous + "->" + newKid), clock);
    }

    @Test
    void twoRotationsWithinOneSecondMakeTwoKeys() {
        KeyRing ring = ring();
        ring.rotate();
        ring.rotate();
        assertEquals(3, rotations.size());
        assertEquals(3, rotations.stream().map(r -> r.substring(r.indexOf("->") + 2)).distinct().count());
    }

    @Test
    void anOldKeysTokenVerifiesThroughTheOverlapAndARetiredKeysTokenDoesNot() throws Exception {
        KeyRing ring = ring();
        SigningKey old = ring.state().signing();
        String oldToken = sign(old);

        now = now.plus(Duration.ofDays(1));
        KeyRing.State rotated = ring.rotate();
        String fresh = rotated.published().get(1).kid();
        assertEquals(List.of("null->" + old.kid(), old.kid() + "->" + fresh), rotations);
        // the new key is published before it signs
        assertEquals(old.kid(), rotated.signing().kid());
        assertEquals(2, rotated.published().size());

        now = now.plus(LEAD);
        KeyRing.State signingNew = ring.reload();
        assertEquals(fresh, signingNew.signing().kid());
        verify(oldToken, signingNew);
        verify(sign(signingNew.signing()), signingNew);

        // another instance reading the same directory agrees
        assertEquals(signingNew.signing().kid(), ring().state().signing().kid());

        now = now.plus(OVERLAP);
        KeyRing.State retired = ring.reload();
        assertEquals(List.of(fresh), retired.published().stream().map(SigningKey::kid).toList());
        assertThrows(InvalidJwtException.class, () -> verify(oldToken, retired));
        verify(sign(retired.signing()), retired);
    }

    @Test
    void aKeyIsCreatedWhenTheNewestIsAsOldAsTheInterval() {
        KeyRing ring = ring();
        String first = ring.state().signing().kid();
        now = now.plus(Duration.ofDays(30));
        KeyRing.State due = ring.reload();
        assertEquals(2, due.published().size());
        assertEquals(first, due.signing().kid());
        now = now.plus(LEAD);
        assertNotEquals(first, ring.reload().signing().kid());
    }

    /** Without exp, so only the key decides whether a token verifies. */
    private String sign(SigningKey key) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("ops");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setKeyIdHeaderValue(key.kid());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private void verify(String token, KeyRing.State state) throws Exception {
        List<JsonWebKey> published = new ArrayList<>();
        for (SigningKey key : state.published()) {
            published.add(JsonWebKey.Factory.newJwk(Map.copyOf(key.publicJwk())));
        }
        new JwtConsumerBuilder()
                .setEvaluationTime(org.jose4j.jwt.NumericDate.fromSeconds(now.getEpochSecond()))
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(published).getJsonWebKeys()))
                .build()
                .process(token);
    }
}
