package dev.foresight.tokenrefresh.refresh;

import dev.foresight.tokenrefresh.oauth.Scope;
import java.util.Set;

/**
 * The outcome of presenting a refresh token. A refusal is a value, not an exception, so the
 * transaction that revoked a reused token's family still commits.
 */
public sealed interface Rotation {

    /**
     * The old token is spent; {@code refreshToken} is its successor in the same family, and
     * {@code audience} what the access token is for (the requested part of the family's audience).
     */
    record Rotated(String refreshToken, String subject, Scope accessScope, Set<String> audience) implements Rotation {
        @Override
        public String toString() {
            return "Rotated[subject=" + subject + ", accessScope=" + accessScope + ", audience=" + audience + "]";
        }
    }

    record Refused(RotationRules.Verdict verdict) implements Rotation {}
}
