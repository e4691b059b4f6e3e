package dev.foresight.monitortrigger.cycle.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** alert-route's answer: the stored (or deduplicated) alert. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertReceipt(String id, String fingerprint, String severity, String status, Boolean deduplicated) {}
