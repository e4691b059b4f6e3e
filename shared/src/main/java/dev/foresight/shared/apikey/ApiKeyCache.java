package dev.foresight.shared.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys verified recently, by the hash of the presented key, so a busy machine client costs one
 * query per {@code foresight.api-keys.cache-ttl} rather than one per request. Only accepted keys
 * are kept; the map is cleared when it grows past {@link #MAX_ENTRIES} (a flood of distinct keys).
 */
@ApplicationScoped
public class ApiKeyCache {
    static final int MAX_ENTRIES = 10_000;

    private record Entry(ApiKeyVerdict.Accepted verdict, Instant until) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;

    public ApiKeyCache(ApiKeyConfig config) {
        this.ttl = config.cacheTtl();
    }

    /** The cached verdict if still fresh and the version still valid at {@code now}; else null. */
    public ApiKeyVerdict.Accepted get(String presentedHash, Instant now) {
        Entry entry = entries.get(presentedHash);
        if (entry == null) {
            return null;
        }
        if (!now.isBefore(entry.until()) || !entry.verdict().validAt(now)) {
            entries.remove(presentedHash, entry);
            return null;
        }
        return entry.verdict();
    }

    public void put(String presentedHash, ApiKeyVerdict.Accepted verdict, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(presentedHash, new Entry(verdict, now.plus(ttl)));
    }

    /** Forgets every version of a key: called where it is rotated or revoked. */
    public void evictKey(String keyId) {
        entries.values().removeIf(e -> e.verdict().keyId().equals(keyId));
    }
}
