package dev.foresight.alertroute.intake;

import dev.foresight.alertroute.alert.NewAlert;
import dev.foresight.alertroute.severity.Severity;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Foresight's own predictions as Alertmanager alerts, so one routing tree serves Prometheus rules
 * and predictions alike: {@code alertname} (e.g. {@code ForesightFailure}), {@code service},
 * {@code severity}, {@code prediction_type}, {@code phase} ({@code predicted} while the time to
 * failure is ahead, {@code arrived} when it is 0) and the sender's labels such as {@code metric};
 * the reasoning, confidence, time to failure and the service's runbook ({@code runbook_url}, as
 * Prometheus rules name it) are annotations.
 */
public final class ForesightAlerts {
    private ForesightAlerts() {}

    public static IncomingAlert of(NewAlert alert, Severity severity) {
        Map<String, String> labels = new LinkedHashMap<>(alert.labels());
        labels.put("alertname", alertName(alert.type()));
        labels.put("service", alert.service());
        labels.put("severity", severity.label());
        labels.put("prediction_type", alert.type());
        if (alert.timeToFailureSeconds() != null) {
            labels.put("phase", alert.timeToFailureSeconds() == 0 ? "arrived" : "predicted");
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", alert.summary());
        if (alert.confidence() != null) {
            annotations.put("confidence", Double.toString(alert.confidence()));
        }
        if (alert.timeToFailureSeconds() != null) {
            annotations.put("time_to_failure", Double.toString(alert.timeToFailureSeconds()));
        }
        if (alert.runbookUrl() != null) {
            annotations.put("runbook_url", alert.runbookUrl());
        }
        var lineage = new IncomingAlert.Lineage(alert.type(), alert.service(), alert.labels().getOrDefault("metric", ""));
        return new IncomingAlert(labels, annotations, Optional.empty(), Optional.empty(), "", alert.confidence(),
                alert.timeToFailureSeconds(), Optional.of(lineage));
    }

    /** {@code failure} → {@code ForesightFailure}, {@code slo-burn} → {@code ForesightSloBurn}. */
    static String alertName(String type) {
        StringBuilder name = new StringBuilder("Foresight");
        for (String part : type.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
