package dev.foresight.alertroute.alert;

/** The optional body of {@code POST /alerts/{id}/resolve}: how the alert was resolved, in the resolver's words. */
public record ResolveRequest(String note) {
    public static final int MAX_NOTE = 2000;
}
