package dev.foresight.alertroute.alert;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The answer to {@code POST /alerts}: 201 for a new alert, 200 when it repeated a stored one. */
@RegisterForReflection
public record AlertReceipt(long id, String fingerprint, String severity, String status, boolean deduplicated) {}
