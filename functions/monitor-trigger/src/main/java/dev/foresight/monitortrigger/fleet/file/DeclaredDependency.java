package dev.foresight.monitortrigger.fleet.file;

/**
 * One entry of {@code dependencies:}: {@code from} depends on {@code to}. The kind (critical,
 * optional, fallback) says whether a failure of {@code to} spreads to {@code from}; weight
 * defaults to 1.
 */
public record DeclaredDependency(String from, String to, String kind, Double weight) {
    public static final String CRITICAL = "critical";

    public boolean critical() {
        return CRITICAL.equals(kind);
    }
}
