package dev.foresight.monitortrigger.fleet.declared;

import dev.foresight.monitortrigger.fleet.file.FleetError;
import dev.foresight.monitortrigger.fleet.file.FleetSyntaxError;
import dev.foresight.shared.input.Bounded;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import java.util.List;

/**
 * A fleet document refused: 400 when it is not YAML (line and column), 422 when it is YAML that
 * breaks rules (every rule, each at its path). Nothing stored changes either way.
 */
public class FleetRejected extends ProblemException {
    /** The most errors one answer lists; the detail says how many more there were. */
    static final int MAX_LISTED = 100;

    private final transient List<String> messages;

    private FleetRejected(Problem problem, List<String> messages) {
        super(problem);
        this.messages = List.copyOf(messages);
    }

    /** Each error as printed at start-up: {@code services[3].name "api" is declared twice (first at services[0])}. */
    public List<String> messages() {
        return messages;
    }

    public static FleetRejected syntax(FleetSyntaxError error) {
        String detail = "the fleet document is not valid YAML: " + error;
        return new FleetRejected(new Problem("about:blank", "Unreadable fleet document", 400, Bounded.rule(detail), null,
                List.of(new Problem.FieldError("line " + error.line() + ", column " + error.column(), Bounded.rule(error.reason())))),
                List.of(error.toString()));
    }

    public static FleetRejected breaking(List<FleetError> errors) {
        List<FleetError> shown = errors.subList(0, Math.min(errors.size(), MAX_LISTED));
        String detail = errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the fleet document"
                + (errors.size() > shown.size() ? " (the first " + shown.size() + " listed)" : "");
        return new FleetRejected(new Problem("about:blank", "Invalid fleet document", 422, detail, null,
                shown.stream().map(e -> new Problem.FieldError(Bounded.field(e.at()), Bounded.printable(e.message(), 400))).toList()),
                errors.stream().map(FleetError::toString).toList());
    }
}
