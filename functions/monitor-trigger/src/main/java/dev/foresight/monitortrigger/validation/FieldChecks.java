package dev.foresight.monitortrigger.validation;

import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.input.InputRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every broken rule of one request, so a client learns all of them at once. Numeric
 * checks skip absent (null) values: whether a field is required is a separate check.
 */
public final class FieldChecks {
    public static final String FINITE = "must be a finite number";

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public FieldChecks fail(String field, String rule) {
        errors.add(new Problem.FieldError(field, rule));
        return this;
    }

    public FieldChecks required(String field, Object value) {
        if (value == null || (value instanceof String s && InputRules.isBlank(s))) {
            fail(field, "is required");
        }
        return this;
    }

    /** [0, 1]: a fraction such as an error rate or a utilisation. */
    public FieldChecks fraction(String field, Double value) {
        return range(field, value, v -> v >= 0 && v <= 1, "must be between 0 and 1");
    }

    /** (0, 1]: a limit expressed as a fraction; 0 would mean "always failing". */
    public FieldChecks positiveFraction(String field, Double value) {
        return range(field, value, v -> v > 0 && v <= 1, "must be greater than 0 and at most 1");
    }

    public FieldChecks positive(String field, Double value) {
        return range(field, value, v -> v > 0, "must be greater than 0");
    }

    public FieldChecks nonNegative(String field, Double value) {
        return range(field, value, v -> v >= 0, "must be greater than or equal to 0");
    }

    public FieldChecks nonNegative(String field, Long value) {
        if (value != null && value < 0) {
            fail(field, "must be greater than or equal to 0");
        }
        return this;
    }

    /** A one-line name or identifier, when present: {@link InputRules#line}. */
    public FieldChecks line(String field, String value, int max) {
        if (value != null && !InputRules.isBlank(value)) {
            InputRules.line(value, max).ifPresent(rule -> fail(field, rule));
        }
        return this;
    }

    public List<Problem.FieldError> errors() {
        return List.copyOf(errors);
    }

    private FieldChecks range(String field, Double value, java.util.function.DoublePredicate ok, String rule) {
        if (value == null) {
            return this;
        }
        if (!Double.isFinite(value)) {
            return fail(field, FINITE);
        }
        return ok.test(value) ? this : fail(field, rule);
    }
}
