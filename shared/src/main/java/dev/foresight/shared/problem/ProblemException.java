package dev.foresight.shared.problem;

import dev.foresight.shared.input.Bounded;
import java.util.List;

/** Thrown by services to answer with a problem+json of the given status. */
public class ProblemException extends RuntimeException {
    /** The most field errors one problem lists. */
    public static final int MAX_ERRORS = 32;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 400 for one field that broke one rule: {@code invalid("latency_ms", "must be >= 0")}. */
    public static ProblemException invalid(String field, String rule) {
        return invalid(List.of(new Problem.FieldError(field, rule)));
    }

    /**
     * A 400 naming at most {@value #MAX_ERRORS} broken rules, each field and rule cut short, so the
     * body stays small however many entries of a request were wrong.
     */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        int shown = Math.min(errors.size(), MAX_ERRORS);
        List<Problem.FieldError> bounded = new java.util.ArrayList<>(shown);
        StringBuilder detail = new StringBuilder();
        for (Problem.FieldError e : errors.subList(0, shown)) {
            Problem.FieldError b = new Problem.FieldError(Bounded.field(e.field()), Bounded.rule(e.rule()));
            bounded.add(b);
            detail.append(detail.isEmpty() ? "" : "; ").append(b.field()).append(": ").append(b.rule());
        }
        if (errors.size() > shown) {
            detail.append("; and more");
        }
        return new ProblemException(new Problem("about:blank", "Invalid request", 400, detail.toString(), null,
                List.copyOf(bounded)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not Found", what));
    }

    public static ProblemException conflict(String what) {
        return new ProblemException(Problem.of(409, "Conflict", what));
    }
}
