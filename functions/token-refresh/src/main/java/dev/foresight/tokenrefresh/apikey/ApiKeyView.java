package dev.foresight.tokenrefresh.apikey;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.OffsetDateTime;
import java.util.List;

/** An API key as the admin API lists it: never the key nor its hash. */
@RegisterForReflection
public record ApiKeyView(String keyId, String name, List<String> scopes, OffsetDateTime createdAt,
        OffsetDateTime revokedAt, List<Version> versions) {

    /** {@code expiresAt} is null for the current version; use is counted in batches (a few seconds late). */
    @RegisterForReflection
    public record Version(int version, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt,
            long useCount, OffsetDateTime lastUsedAt) {}
}
