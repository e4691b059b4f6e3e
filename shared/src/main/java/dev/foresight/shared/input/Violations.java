package dev.foresight.shared.input;

import dev.foresight.shared.problem.Problem.FieldError;
import dev.foresight.shared.problem.ProblemException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Collects the broken rules of one request in {@link InputRules}' words, so a client learns all
 * of them at once. Optional checks skip {@code null}: whether a field is required is its own check.
 */
public final class Violations {
    private final List<FieldError> errors = new ArrayList<>();

    public Violations add(String field, String rule) {
        if (errors.size() <= ProblemException.MAX_ERRORS) { // one over the cap, so the problem says "and more"
            errors.add(new FieldError(Bounded.field(field), Bounded.rule(rule)));
        }
        return this;
    }

    public Violations check(String field, Optional<String> rule) {
        rule.ifPresent(r -> add(field, r));
        return this;
    }

    /** A required one-line name or identifier. */
    public Violations line(String field, String value, int max) {
        return check(field, InputRules.line(value, max));
    }

    public Violations optionalLine(String field, String value, int max) {
        return value == null ? this : line(field, value, max);
    }

    /** A required text that may span lines. */
    public Violations freeText(String field, String value, int max) {
        return check(field, InputRules.freeText(value, max));
    }

    public Violations optionalFreeText(String field, String value, int max) {
        return value == null ? this : freeText(field, value, max);
    }

    public Violations size(String field, Collection<?> values, int min, int max) {
        return check(field, InputRules.size(values, min, max));
    }

    public Violations number(String field, Double value, double min, double max) {
        return check(field, InputRules.number(value, min, max));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** A 400 naming every broken rule (the first {@value ProblemException#MAX_ERRORS}), if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
