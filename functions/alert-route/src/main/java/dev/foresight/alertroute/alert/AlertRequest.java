package dev.foresight.alertroute.alert;

import java.util.Map;

/**
 * The body of {@code POST /alerts}. Checked by {@link AlertValidator}; nulls are missing fields.
 * {@code runbookUrl}, the service's runbook, becomes the alert's {@code runbook_url} annotation.
 */
public record AlertRequest(String type, String service, String summary, Double confidence, Double timeToFailureSeconds,
        Map<String, String> labels, String runbookUrl) {}
