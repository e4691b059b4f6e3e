package dev.foresight.alertroute.severity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** How urgent an alert is, most urgent first: the declaration order is the ranking. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    /** The lower-case name used in JSON, configuration and the database. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label().equals(wanted)).findFirst();
    }

    /**
     * Parses a list such as {@code ["critical", "high"]}; an unknown label fails with a message
     * naming it and the allowed ones.
     */
    public static Set<Severity> parseAll(Collection<String> labels) {
        Set<Severity> result = EnumSet.noneOf(Severity.class);
        for (String label : labels) {
            result.add(parse(label).orElseThrow(() -> new IllegalArgumentException(
                    "unknown severity \"" + label + "\"; expected one of " + labels())));
        }
        return result;
    }

    /** "critical, high, medium, low", for error messages. */
    public static String labels() {
        return Arrays.stream(values()).map(Severity::label).collect(Collectors.joining(", "));
    }
}
