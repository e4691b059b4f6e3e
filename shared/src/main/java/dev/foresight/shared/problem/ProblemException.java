package dev.foresight.shared.problem;

import java.util.List;

/** Thrown by services to answer with a problem+json of the given status. */
public class ProblemException extends RuntimeException {
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

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.rule()).reduce((a, b) -> a + "; " + b).orElse("");
        return new ProblemException(new Problem("about:blank", "Invalid request", 400, detail, null, List.copyOf(errors)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not Found", what));
    }

    public static ProblemException conflict(String what) {
        return new ProblemException(Problem.of(409, "Conflict", what));
    }
}
