package dev.foresight.tokenrefresh.refresh;

import java.time.Instant;

/**
 * Whether a presented refresh token may be exchanged (RFC 6749 §6 with the rotation and reuse
 * detection of the OAuth 2.0 Security BCP, RFC 9700 §4.14.2). Pure: the store applies the verdict.
 */
public final class RotationRules {
    private RotationRules() {}

    /** What the rules know of a stored token; {@code usedAt}/{@code revokedAt} are null when unset. */
    public record TokenState(String clientId, Instant expiresAt, Instant usedAt, Instant revokedAt) {}

    public enum Verdict {
        USABLE(null),
        UNKNOWN("refresh token is not recognised"),
        WRONG_CLIENT("refresh token was not issued to this client"),
        REVOKED("refresh token has been revoked"),
        /** The one verdict with a side effect: the whole family is revoked. */
        REUSED("refresh token was already used; every token of its family is now revoked"),
        EXPIRED("refresh token has expired");

        private final String description;

        Verdict(String description) {
            this.description = description;
        }

        /** The {@code error_description} of the invalid_grant this verdict answers with. */
        public String description() {
            return description;
        }
    }

    /**
     * Order matters: a token shown by the wrong client tells nothing about its owner, so it changes
     * nothing; a used token is reuse even when it has since expired, because its family may still
     * hold a live descendant that a thief could be using.
     */
    public static Verdict judge(TokenState token, String presentingClient, Instant now) {
        if (token == null) {
            return Verdict.UNKNOWN;
        }
        if (!token.clientId().equals(presentingClient)) {
            return Verdict.WRONG_CLIENT;
        }
        if (token.revokedAt() != null) {
            return Verdict.REVOKED;
        }
        if (token.usedAt() != null) {
            return Verdict.REUSED;
        }
        if (!now.isBefore(token.expiresAt())) {
            return Verdict.EXPIRED;
        }
        return Verdict.USABLE;
    }
}
