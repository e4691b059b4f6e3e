package dev.foresight.monitortrigger.fleet.file;

import java.util.List;

/** What reading a fleet file gave: a valid document, every broken rule, or a YAML syntax error. */
public sealed interface FleetReading {
    record Valid(FleetDocument document) implements FleetReading {}

    record Invalid(List<FleetError> errors) implements FleetReading {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    record Unreadable(FleetSyntaxError error) implements FleetReading {}

    /** Reads and checks {@code yaml}: syntax first, then structure and every rule, all errors at once. */
    static FleetReading of(String yaml) {
        FleetFileParser.Parsed parsed;
        try {
            parsed = FleetFileParser.parse(yaml);
        } catch (FleetFileParser.SyntaxException bad) {
            return new Unreadable(bad.error());
        }
        List<FleetError> errors = new java.util.ArrayList<>(parsed.errors());
        errors.addAll(FleetFileValidator.check(parsed.document(), parsed.reported()));
        return errors.isEmpty() ? new Valid(parsed.document()) : new Invalid(errors);
    }
}
