package dev.foresight.monitortrigger.cycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The optional body of {@code POST /monitor-trigger}. Schedulers send nothing, {@code {}} or a
 * CloudEvent-like payload; none of it changes the cycle, so unknown fields are ignored.
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "TriggerRequest")
public record TriggerRequest(String source) {}
