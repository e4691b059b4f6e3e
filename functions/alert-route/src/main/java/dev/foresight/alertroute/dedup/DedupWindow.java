package dev.foresight.alertroute.dedup;

import dev.foresight.alertroute.severity.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether an incoming alert repeats one already stored. A repeat is an unresolved alert
 * with the same fingerprint last seen no longer than {@code window} ago; the window slides with
 * every repeat, so a condition that keeps firing stays one alert instead of a notification storm.
 */
public record DedupWindow(Duration window) {
    public DedupWindow {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("dedup window must be positive, was " + window);
        }
    }

    /** What is known about the newest stored alert with the same fingerprint. */
    public record Seen(Instant lastSeenAt, boolean resolved, Severity severity, int occurrences) {}

    /** The outcome: a new alert, or how the stored one changes. */
    public sealed interface Decision permits Fresh, Repeat {}

    public record Fresh() implements Decision {}

    public record Repeat(int occurrences, Severity severity, Instant lastSeenAt) implements Decision {}

    /** The oldest last-seen time that still counts as a repeat at {@code now}. */
    public Instant since(Instant now) {
        return now.minus(window);
    }

    public Decision decide(Optional<Seen> previous, Severity incoming, Instant now) {
        if (previous.isEmpty()) {
            return new Fresh();
        }
        Seen seen = previous.get();
        if (seen.resolved() || seen.lastSeenAt().isBefore(since(now))) {
            return new Fresh();
        }
        // another instance's clock may run ahead: never move last-seen backwards
        Instant lastSeen = seen.lastSeenAt().isAfter(now) ? seen.lastSeenAt() : now;
        return new Repeat(seen.occurrences() + 1, seen.severity().max(incoming), lastSeen);
    }
}
