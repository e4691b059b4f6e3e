package dev.foresight.alertroute.alert;

import dev.foresight.shared.problem.Problem.FieldError;
import dev.foresight.shared.input.InputRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks a {@link AlertRequest} and names every offending field with the rule it broke. */
public final class AlertValidator {
    static final int MAX_TYPE = 64;
    static final int MAX_SERVICE = 200;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_LABEL_NAME = 128;
    static final int MAX_LABEL_VALUE = 1024;

    private AlertValidator() {}

    public static List<FieldError> check(AlertRequest request, int maxLabels) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            errors.add(new FieldError("body", "is required"));
            return errors;
        }
        text(errors, "type", request.type(), MAX_TYPE, false);
        text(errors, "service", request.service(), MAX_SERVICE, false);
        text(errors, "summary", request.summary(), MAX_SUMMARY, true);
        Double confidence = request.confidence();
        if (confidence != null && !Double.isFinite(confidence)) {
            errors.add(new FieldError("confidence", "must be a finite number"));
        } else if (confidence != null && (confidence < 0 || confidence > 1)) {
            errors.add(new FieldError("confidence", "must be between 0 and 1"));
        }
        Double ttf = request.timeToFailureSeconds();
        if (ttf != null && !Double.isFinite(ttf)) {
            errors.add(new FieldError("timeToFailureSeconds", "must be a finite number"));
        } else if (ttf != null && ttf < 0) {
            errors.add(new FieldError("timeToFailureSeconds", "must be >= 0"));
        }
        labels(errors, request.labels(), maxLabels);
        if (request.runbookUrl() != null) {
            InputRules.httpUrl(request.runbookUrl()).ifPresent(rule -> errors.add(new FieldError("runbookUrl", rule)));
        }
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean multiLine) {
        (multiLine ? InputRules.freeText(value, max) : InputRules.line(value, max))
                .ifPresent(rule -> errors.add(new FieldError(field, rule)));
    }

    private static void labels(List<FieldError> errors, Map<String, String> labels, int maxLabels) {
        if (labels == null) {
            return;
        }
        if (labels.size() > maxLabels) {
            errors.add(new FieldError("labels", "must have at most " + maxLabels + " entries"));
            return;
        }
        labels.forEach((name, value) -> {
            if (InputRules.line(name, MAX_LABEL_NAME).isPresent()) {
                errors.add(new FieldError("labels", "names must be 1 to " + MAX_LABEL_NAME + " non-blank characters"));
            } else if (value == null) {
                errors.add(new FieldError("labels." + name, "must be a string"));
            } else {
                InputRules.length(value, MAX_LABEL_VALUE).or(() -> InputRules.characters(value, false))
                        .ifPresent(rule -> errors.add(new FieldError("labels." + name, rule)));
            }
        });
    }
}
