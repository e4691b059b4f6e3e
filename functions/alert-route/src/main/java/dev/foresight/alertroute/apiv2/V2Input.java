package dev.foresight.alertroute.apiv2;

import dev.foresight.shared.input.Bounded;
import dev.foresight.alertroute.am.matcher.Matcher;
import dev.foresight.alertroute.intake.IncomingAlert;
import dev.foresight.shared.problem.Problem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks what the v2 API is given, with Alertmanager's rules and words, and turns it into the
 * pipeline's values. Every fault is named with the field it is in; nothing is stored on a fault.
 */
final class V2Input {
    static final int MAX_ALERTS = 10_000;
    static final int MAX_LABELS = 64;
    static final int MAX_TEXT = 16_384;
    /** Longer label names are refused as invalid: they would only ever be a mistake or an attack. */
    static final int MAX_LABEL_NAME = 256;
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    /** Go's zero time, which clients send for "not set". */
    private static final Instant GO_ZERO = Instant.parse("0001-01-01T00:00:00Z");

    private V2Input() {}

    static List<IncomingAlert> alerts(List<V2Models.PostableAlert> body, List<Problem.FieldError> errors) {
        List<IncomingAlert> out = new ArrayList<>();
        if (body == null) {
            errors.add(new Problem.FieldError("body", "must be a JSON array of alerts"));
            return out;
        }
        if (body.size() > MAX_ALERTS) {
            errors.add(new Problem.FieldError("body", "must hold at most " + MAX_ALERTS + " alerts"));
            return out;
        }
        for (int i = 0; i < body.size(); i++) {
            String at = "[" + i + "]";
            V2Models.PostableAlert alert = body.get(i);
            if (alert == null) {
                errors.add(new Problem.FieldError(at, "must be an alert object"));
                continue;
            }
            int before = errors.size();
            Map<String, String> labels = alert.labels() == null ? Map.of() : alert.labels();
            if (labels.isEmpty()) {
                errors.add(new Problem.FieldError(at + ".labels", "at least one label pair required"));
            }
            pairs(at + ".labels", labels, true, errors);
            Map<String, String> annotations = alert.annotations() == null ? Map.of() : alert.annotations();
            pairs(at + ".annotations", annotations, false, errors);
            Optional<Instant> startsAt = time(at + ".startsAt", alert.startsAt(), errors);
            Optional<Instant> endsAt = time(at + ".endsAt", alert.endsAt(), errors);
            if (startsAt.isPresent() && endsAt.isPresent() && endsAt.get().isBefore(startsAt.get())) {
                errors.add(new Problem.FieldError(at + ".endsAt", "end time must not be before start time"));
            }
            String generator = alert.generatorURL() == null ? "" : alert.generatorURL();
            text(at + ".generatorURL", generator, errors);
            if (errors.size() == before) {
                out.add(new IncomingAlert(labels, annotations, startsAt, endsAt, generator, null, null, Optional.empty()));
            }
        }
        return out;
    }

    static List<Matcher> matchers(List<V2Models.MatcherModel> models, List<Problem.FieldError> errors) {
        List<Matcher> out = new ArrayList<>();
        if (models == null || models.isEmpty()) {
            errors.add(new Problem.FieldError("matchers", "at least one matcher required"));
            return out;
        }
        if (models.size() > MAX_LABELS) {
            errors.add(new Problem.FieldError("matchers", "must hold at most " + MAX_LABELS + " entries, had " + models.size()));
            return out;
        }
        for (int i = 0; i < models.size(); i++) {
            V2Models.MatcherModel m = models.get(i);
            String at = "matchers[" + i + "]";
            if (m == null || m.name() == null || m.value() == null || m.isRegex() == null) {
                errors.add(new Problem.FieldError(at, "name, value and isRegex are required"));
                continue;
            }
            if (m.name().length() > MAX_LABEL_NAME || !LABEL_NAME.matcher(m.name()).matches()) {
                errors.add(new Problem.FieldError(at + ".name", "invalid label name \"" + clip(m.name()) + "\""));
                continue;
            }
            boolean equal = m.isEqual() == null || m.isEqual();
            Matcher.Type type = m.isRegex() ? (equal ? Matcher.Type.REGEX : Matcher.Type.NOT_REGEX)
                    : (equal ? Matcher.Type.EQUAL : Matcher.Type.NOT_EQUAL);
            try {
                text(at + ".value", m.value(), errors);
                out.add(new Matcher(m.name(), type, m.value()));
            } catch (IllegalArgumentException bad) {
                errors.add(new Problem.FieldError(at + ".value", clip(bad.getMessage())));
            }
        }
        return out;
    }

    /** The {@code filter} query parameters: Alertmanager matchers, each parameter one or more. */
    static List<Matcher> filter(List<String> filter) {
        List<Matcher> matchers = new ArrayList<>();
        for (String f : filter) {
            try {
                matchers.addAll(dev.foresight.alertroute.am.matcher.Matchers.parse(f));
            } catch (IllegalArgumentException bad) {
                throw dev.foresight.shared.problem.ProblemException.invalid("filter", clip(bad.getMessage()));
            }
        }
        return matchers;
    }

    static Optional<Instant> time(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Instant parsed = OffsetDateTime.parse(value).toInstant();
            return parsed.equals(GO_ZERO) ? Optional.empty() : Optional.of(parsed);
        } catch (DateTimeParseException notRfc3339) {
            errors.add(new Problem.FieldError(field, "must be an RFC 3339 date-time"));
            return Optional.empty();
        }
    }

    private static void pairs(String field, Map<String, String> pairs, boolean labelNames, List<Problem.FieldError> errors) {
        if (pairs.size() > MAX_LABELS) {
            errors.add(new Problem.FieldError(field, "must have at most " + MAX_LABELS + " entries"));
            return;
        }
        pairs.forEach((name, value) -> {
            if (labelNames && (name.length() > MAX_LABEL_NAME || !LABEL_NAME.matcher(name).matches())) {
                errors.add(new Problem.FieldError(field, "invalid label name \"" + clip(name) + "\""));
            } else if (name.isEmpty() || name.length() > 256 || name.indexOf('\0') >= 0) {
                errors.add(new Problem.FieldError(field, "names must be 1 to 256 characters without NUL"));
            } else if (value == null) {
                errors.add(new Problem.FieldError(field + "." + clip(name), "must be a string"));
            } else {
                text(field + "." + clip(name), value, errors);
            }
        });
    }

    private static void text(String field, String value, List<Problem.FieldError> errors) {
        if (value.length() > MAX_TEXT) {
            errors.add(new Problem.FieldError(field, "must be at most " + MAX_TEXT + " characters"));
        } else if (value.indexOf('\0') >= 0) {
            errors.add(new Problem.FieldError(field, "must not contain NUL"));
        }
    }

    private static String clip(String text) {
        return Bounded.printable(text, 64);
    }
}
