package dev.foresight.alertroute.receiver.stream;

import java.time.Instant;
import java.util.Optional;

/**
 * The access token a stream was opened with, as far as ending the stream needs it: who it was
 * issued to, its id, when it was issued and when it expires. Without authentication (the
 * {@code auth-none} profile) a stream has no token and ends only when its client leaves.
 */
public record StreamToken(String clientId, String jti, Instant issuedAt, Optional<Instant> expiresAt) {

    public static StreamToken none() {
        return new StreamToken(null, null, null, Optional.empty());
    }

    /** True when {@code revocation} names this token, or its client and a time after this token was issued. */
    public boolean revokedBy(Revocation revocation) {
        if (clientId == null || !clientId.equals(revocation.clientId())) {
            return false;
        }
        if (revocation.jti() != null && revocation.jti().equals(jti)) {
            return true;
        }
        return revocation.issuedBefore() != null && issuedAt != null
                && issuedAt.getEpochSecond() < revocation.issuedBefore();
    }
}
