package dev.foresight.alertroute.am.inhibit;

/** A service whose failure alert is firing, and that alert's fingerprint. */
public record FailingService(String service, String fingerprint) {}
