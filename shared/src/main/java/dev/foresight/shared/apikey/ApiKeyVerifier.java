package dev.foresight.shared.apikey;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Presented key → verdict: format, then the cache, then PostgreSQL; every accepted use is counted. */
@ApplicationScoped
public class ApiKeyVerifier {
    private final ApiKeyLookup lookup;
    private final ApiKeyCache cache;
    private final ApiKeyUsage usage;
    private final Clock clock = Clock.systemUTC();

    public ApiKeyVerifier(ApiKeyLookup lookup, ApiKeyCache cache, ApiKeyUsage usage) {
        this.lookup = lookup;
        this.cache = cache;
        this.usage = usage;
    }

    public Uni<ApiKeyVerdict> verify(String presented) {
        Optional<String> lookupId = ApiKeyFormat.lookupId(presented);
        if (lookupId.isEmpty()) {
            return Uni.createFrom().item(new ApiKeyVerdict.Refused("malformed key"));
        }
        String hash = ApiKeyFormat.hash(presented);
        Instant now = clock.instant();
        ApiKeyVerdict.Accepted cached = cache.get(hash, now);
        if (cached != null) {
            usage.record(cached.versionId(), now);
            return Uni.createFrom().item(cached);
        }
        return lookup.find(lookupId.get()).map(stored -> {
            ApiKeyVerdict verdict = ApiKeyRules.check(stored, hash, now);
            if (verdict instanceof ApiKeyVerdict.Accepted accepted) {
                cache.put(hash, accepted, now);
                usage.record(accepted.versionId(), now);
            }
            return verdict;
        });
    }
}
