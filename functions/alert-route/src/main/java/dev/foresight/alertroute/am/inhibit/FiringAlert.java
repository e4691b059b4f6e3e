package dev.foresight.alertroute.am.inhibit;

import java.util.Map;

/** An alert that is firing now, as a possible source of inhibition. */
public record FiringAlert(String fingerprint, Map<String, String> labels) {
    public FiringAlert {
        labels = Map.copyOf(labels);
    }
}
