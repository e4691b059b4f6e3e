package dev.foresight.shared.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ApiKeyFormatTest {

    @Test
    void aGeneratedKeyCarriesItsLookupIdAndOnlyItsHashIsKept() {
        ApiKeyFormat.NewKey key = ApiKeyFormat.generate(new SecureRandom());
        assertEquals(Optional.of(key.lookupId()), ApiKeyFormat.lookupId(key.key()));
        assertEquals(64, key.key().length());
        assertEquals(ApiKeyFormat.hash(key.key()), key.hash());
        assertFalse(key.toString().contains(key.key()), "never printed");
        assertNotEquals(key.key(), ApiKeyFormat.generate(new SecureRandom()).key());
    }

    @Test
    void theHashIsSha256Hex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeyFormat.hash("abc"));
        assertTrue(ApiKeyFormat.sameHash(ApiKeyFormat.hash("abc"), ApiKeyFormat.hash("abc")));
        assertFalse(ApiKeyFormat.sameHash(ApiKeyFormat.hash("abc"), ApiKeyFormat.hash("abd")));
        assertFalse(ApiKeyFormat.sameHash(null, ApiKeyFormat.hash("abc")));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "fsk_", "fsk_0123456789abcdef_short",
            "fsk_0123456789ABCDEF_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "xsk_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "fsk_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\u0000"})
    void malformedKeysHaveNoLookupId(String presented) {
        assertEquals(Optional.empty(), ApiKeyFormat.lookupId(presented));
    }
}
