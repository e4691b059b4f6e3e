package dev.foresight.shared.apikey;

import java.time.Instant;
import java.util.Set;

/** What a presented API key is worth. */
public sealed interface ApiKeyVerdict {

    /** @param validUntil when the version stops working (null: until rotated or revoked) */
    record Accepted(String keyId, Set<String> scopes, long versionId, Instant validUntil) implements ApiKeyVerdict {
        public boolean validAt(Instant now) {
            return validUntil == null || now.isBefore(validUntil);
        }
    }

    /** {@code reason} is for the log; the caller only ever learns "401". */
    record Refused(String reason) implements ApiKeyVerdict {}
}
