package dev.foresight.alertroute.am.notify;

import java.time.Instant;
import java.util.Set;

/** The notification log's record of the last notification sent for a group to a receiver. */
public record LogEntry(Set<String> firing, Set<String> resolved, Instant sentAt) {
    public LogEntry {
        firing = Set.copyOf(firing);
        resolved = Set.copyOf(resolved);
    }
}
