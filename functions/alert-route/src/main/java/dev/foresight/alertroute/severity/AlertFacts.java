package dev.foresight.alertroute.severity;

/**
 * What severity rules look at. {@code confidence} and {@code timeToFailureSeconds} are null when
 * the alert did not carry them; a rule that bounds one of them never matches such an alert.
 */
public record AlertFacts(String type, Double confidence, Double timeToFailureSeconds) {}
