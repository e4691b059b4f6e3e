package dev.foresight.alertroute.alert;

import dev.foresight.alertroute.severity.AlertFacts;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A checked alert, normalised: the type is lower-case (it is matched against severity rules and
 * hashed into the fingerprint, so "Failure" and "failure" must be one), text is trimmed and the
 * labels are sorted.
 */
public record NewAlert(String type, String service, String summary, Double confidence, Double timeToFailureSeconds,
        Map<String, String> labels, String runbookUrl) {
    public NewAlert {
        labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    }

    public static NewAlert from(AlertRequest request) {
        return new NewAlert(request.type().trim().toLowerCase(Locale.ROOT), request.service().trim(), request.summary().trim(),
                request.confidence(), request.timeToFailureSeconds(), request.labels() == null ? Map.of() : request.labels(),
                request.runbookUrl());
    }

    public AlertFacts facts() {
        return new AlertFacts(type, confidence, timeToFailureSeconds);
    }
}
