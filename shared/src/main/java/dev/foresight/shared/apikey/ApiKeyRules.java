package dev.foresight.shared.apikey;

import java.time.Instant;

/** Whether a stored key version accepts a presented key at a given time. No I/O. */
public final class ApiKeyRules {
    private ApiKeyRules() {}

    /** {@code stored} is null when no version has the presented key's lookup id. */
    public static ApiKeyVerdict check(StoredApiKey stored, String presentedHash, Instant now) {
        if (stored == null) {
            return new ApiKeyVerdict.Refused("unknown key");
        }
        if (!ApiKeyFormat.sameHash(stored.secretHash(), presentedHash)) {
            return new ApiKeyVerdict.Refused("wrong secret for " + stored.keyId());
        }
        if (stored.keyRevokedAt() != null || stored.versionRevokedAt() != null) {
            return new ApiKeyVerdict.Refused(stored.keyId() + " v" + stored.version() + " is revoked");
        }
        if (stored.expiresAt() != null && !now.isBefore(stored.expiresAt())) {
            return new ApiKeyVerdict.Refused(stored.keyId() + " v" + stored.version() + " was superseded and its overlap ended");
        }
        return new ApiKeyVerdict.Accepted(stored.keyId(), stored.scopes(), stored.versionId(), stored.expiresAt());
    }
}
