package dev.foresight.monitortrigger.cycle.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** alert-route's answer: the stored (or deduplicated) alert. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertReceipt(Long id, String fingerprint, String severity, String status, Boolean deduplicated) {}
