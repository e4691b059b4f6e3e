package dev.foresight.embed.embedding;

import dev.foresight.shared.problem.Problem.FieldError;
import dev.foresight.shared.problem.ProblemException;
import dev.foresight.shared.input.InputRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a text to embed must look like; the limits come from configuration. */
public final class TextRules {
    private final int maxTexts;
    private final int maxLength;

    public TextRules(int maxTexts, int maxLength) {
        this.maxTexts = maxTexts;
        this.maxLength = maxLength;
    }

    /** {@code texts} unchanged when every entry is acceptable; otherwise a 400 naming each offender. */
    public List<String> batch(String field, List<String> texts) {
        if (texts == null) {
            throw ProblemException.invalid(field, "is required");
        }
        if (texts.isEmpty() || texts.size() > maxTexts) {
            throw ProblemException.invalid(field, "must hold between 1 and " + maxTexts + " texts, had " + texts.size());
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            check(field + "[" + i + "]", texts.get(i)).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return texts;
    }

    /** {@code text} when acceptable; otherwise a 400 naming {@code field}. */
    public String single(String field, String text) {
        check(field, text).ifPresent(error -> {
            throw ProblemException.invalid(List.of(error));
        });
        return text;
    }

    public Optional<FieldError> check(String field, String text) {
        if (text == null || InputRules.isBlank(text)) {
            return Optional.of(new FieldError(field, InputRules.BLANK));
        }
        return InputRules.freeText(text, maxLength).map(rule -> new FieldError(field, rule));
    }
}
