package dev.foresight.cli.output;

import java.util.Locale;

/** Severity colours: critical red, high or warning yellow, the rest as the terminal prints them. */
public final class Palette {
    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String RESET = "\u001B[0m";

    private final boolean enabled;

    public Palette(boolean enabled) {
        this.enabled = enabled;
    }

    public String severity(String severity, String text) {
        if (!enabled || severity == null) {
            return text;
        }
        return switch (severity.toLowerCase(Locale.ROOT)) {
            case "critical" -> RED + text + RESET;
            case "high", "warning" -> YELLOW + text + RESET;
            default -> text;
        };
    }
}
