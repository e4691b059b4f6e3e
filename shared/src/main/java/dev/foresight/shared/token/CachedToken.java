package dev.foresight.shared.token;

import java.time.Duration;
import java.time.Instant;

/** An access token and the instant it stops being accepted. */
public record CachedToken(String value, Instant expiresAt) {

    public static CachedToken issued(String value, long expiresInSeconds, Instant now) {
        return new CachedToken(value, now.plusSeconds(Math.max(0, expiresInSeconds)));
    }

    /**
     * Usable while more than {@code renewBefore} remains: a token that expires in flight, or on
     * a slightly faster clock, would fail the call it was meant for.
     */
    public boolean usableAt(Instant now, Duration renewBefore) {
        return now.isBefore(expiresAt.minus(renewBefore));
    }
}
