package dev.foresight.cli.services;

import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --depends-on SERVICE[:KIND[:WEIGHT]]}, e.g. {@code checkout:critical:0.9}. The kind
 * defaults to critical, the only kind that carries a failure along in cascade prediction.
 */
public record DependencySpec(String service, String kind, Double weight) {
    static final Set<String> KINDS = Set.of("critical", "optional", "fallback");

    public static DependencySpec parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length > 3 || parts[0].isBlank()) {
            throw new TypeConversionException("expected SERVICE[:KIND[:WEIGHT]] but was '" + text + "'");
        }
        String kind = parts.length > 1 && !parts[1].isBlank() ? parts[1] : "critical";
        if (!KINDS.contains(kind)) {
            throw new TypeConversionException("kind '" + kind + "' in '" + text + "' must be critical, optional or fallback");
        }
        Double weight = null;
        if (parts.length > 2) {
            try {
                weight = Double.valueOf(parts[2]);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("weight '" + parts[2] + "' in '" + text + "' is not a number");
            }
            if (weight < 0 || weight > 1) {
                throw new TypeConversionException("weight in '" + text + "' must be between 0 and 1");
            }
        }
        return new DependencySpec(parts[0], kind, weight);
    }

    /** Lets picocli build the value, so a bad spec is a usage error (exit code 2). */
    public static final class Converter implements ITypeConverter<DependencySpec> {
        @Override
        public DependencySpec convert(String value) {
            return parse(value);
        }
    }
}
