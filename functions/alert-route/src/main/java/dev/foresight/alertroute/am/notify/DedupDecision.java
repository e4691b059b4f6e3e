package dev.foresight.alertroute.am.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Alertmanager 0.25's DedupStage.needsUpdate: whether a group's notification tells the receiver
 * something new, or the repeat interval has passed since the last one.
 */
public final class DedupDecision {
    private DedupDecision() {}

    public static boolean needsUpdate(
            Optional<LogEntry> previous,
            Set<String> firing,
            Set<String> resolved,
            boolean sendResolved,
            Duration repeatInterval,
            Instant now) {
        if (previous.isEmpty()) {
            return !firing.isEmpty(); // never notified: only firing alerts are news
        }
        LogEntry last = previous.get();
        if (!last.firing().containsAll(firing)) {
            return true; // something fires that the receiver has not heard of
        }
        if (firing.isEmpty()) {
            // all resolved: tell the receiver if it knew of any firing alert, send_resolved or not,
            // so the log forgets them; alerts that came and went unseen are not news
            return !last.firing().isEmpty();
        }
        if (sendResolved && !last.resolved().containsAll(resolved)) {
            return true;
        }
        return last.sentAt().isBefore(now.minus(repeatInterval));
    }
}
