package dev.foresight.shared.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API key is {@code fsk_<lookup id>_<secret>}: 16 hex characters that find the stored row and
 * 256 random bits (43 base64url characters). Only the SHA-256 of the whole key is stored. A fast
 * hash is right here because the key is 256 random bits: no guessing attack exists that a slow
 * hash (PBKDF2, bcrypt) would slow further; those only help low-entropy, human-chosen secrets, and
 * would cost every request tens of milliseconds.
 */
public final class ApiKeyFormat {
    public static final String PREFIX = "fsk_";
    private static final Pattern KEY = Pattern.compile("fsk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");

    private ApiKeyFormat() {}

    /** A freshly generated key: shown to its owner once; {@code hash} and {@code lookupId} are stored. */
    public record NewKey(String lookupId, String key, String hash) {
        @Override
        public String toString() {
            return "NewKey[" + lookupId + "]"; // never the key in logs
        }
    }

    public static NewKey generate(SecureRandom random) {
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        random.nextBytes(id);
        random.nextBytes(secret);
        String lookupId = HexFormat.of().formatHex(id);
        String key = PREFIX + lookupId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new NewKey(lookupId, key, hash(key));
    }

    /** The lookup id of a well-formed key; empty for anything else (which is refused without a query). */
    public static Optional<String> lookupId(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = KEY.matcher(presented);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Lower-case hex SHA-256 of the key's ASCII text. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM provides SHA-256", impossible);
        }
    }

    /** Constant-time comparison of two hex hashes. */
    public static boolean sameHash(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
