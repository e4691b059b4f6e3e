package dev.foresight.shared.jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens whose signature and claims were verified, by their exact text, so a client's next
 * requests with the same token skip the signature check and the hop to a worker thread. An entry
 * lasts until the token's {@code exp} and at most {@code ttl}, which bounds how long a token stays
 * accepted after its signing key leaves the key set; revocation is still checked on every request.
 * The map is cleared when it grows past its bound (a flood of distinct tokens): entries are cheap
 * to rebuild, so a plain map is enough.
 */
public final class VerifiedTokens {
    private record Entry(JsonWebToken token, Instant until) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int maxEntries;

    public VerifiedTokens(Duration ttl, int maxEntries) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
    }

    /** The verified token with this text if it is still within its lifetime at {@code now}; else null. */
    public JsonWebToken get(String raw, Instant now) {
        Entry entry = entries.get(raw);
        if (entry == null) {
            return null;
        }
        if (!now.isBefore(entry.until())) {
            entries.remove(raw, entry);
            return null;
        }
        return entry.token();
    }

    /** Remembers a token that was just verified; one without {@code exp} is not kept. */
    public void put(String raw, JsonWebToken token, Instant now) {
        if (!(token.getClaim("exp") instanceof Number exp)) {
            return;
        }
        Instant until = Instant.ofEpochSecond(exp.longValue());
        Instant cap = now.plus(ttl);
        if (until.isAfter(cap)) {
            until = cap;
        }
        if (!now.isBefore(until)) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(raw, new Entry(token, until));
    }

    int size() {
        return entries.size();
    }
}
