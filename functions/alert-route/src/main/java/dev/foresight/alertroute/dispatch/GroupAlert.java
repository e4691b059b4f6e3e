package dev.foresight.alertroute.dispatch;

import java.time.Instant;
import java.util.Map;

/** A member of an aggregation group, as a flush reads it. */
public record GroupAlert(long id, String fingerprint, Map<String, String> labels, Map<String, String> annotations,
        Instant startsAt, Instant endsAt, String generatorUrl) {

    public boolean resolvedAt(Instant now) {
        return !endsAt.isAfter(now);
    }
}
