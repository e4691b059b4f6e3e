package dev.foresight.tokenrefresh.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets that already passed the slow hash check, remembered as an HMAC under a key that lives
 * only in this process, so a client presenting its secret again is not hashed again: the check
 * that dominates every {@code /token} request. Keyed by the stored hash, which carries its own
 * salt, so a changed secret is never matched by the old entry. Only correct secrets are
 * remembered: a wrong one always pays the full hash.
 */
public final class VerifiedSecrets {
    static final int MAX_ENTRIES = 10_000;

    private final SecretKeySpec key;
    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

    public VerifiedSecrets(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public boolean remembers(String storedHash, String secret) {
        byte[] known = verified.get(storedHash);
        return known != null && MessageDigest.isEqual(known, mac(secret));
    }

    public void remember(String storedHash, String secret) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(storedHash, mac(secret));
    }

    private byte[] mac(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JVM provides HmacSHA256", impossible);
        }
    }
}
