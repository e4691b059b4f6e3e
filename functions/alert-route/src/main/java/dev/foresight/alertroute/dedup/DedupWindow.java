package dev.foresight.alertroute.dedup;

import java.time.Duration;

/**
 * How long a Foresight alert stays open after it was last posted: a repeat inside the window is
 * the same alert (its occurrences count up and nothing new is notified); once the window passes
 * without a repeat the alert resolves. It is the {@code resolve_timeout} of predictions, which the
 * monitor cycle re-posts while they hold.
 */
public record DedupWindow(Duration length) {
    public DedupWindow {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("dedup window must be positive, was " + length);
        }
    }
}
