package dev.foresight.alertroute.am.silence;

import dev.foresight.alertroute.am.label.LabelNames;
import dev.foresight.alertroute.am.matcher.Matcher;
import dev.foresight.alertroute.am.matcher.Matchers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An Alertmanager silence: it mutes the alerts all its matchers match while active, from
 * {@code startsAt} through {@code endsAt} inclusive (Alertmanager calls a silence expired only
 * after its end).
 */
public record Silence(
        String id,
        List<Matcher> matchers,
        Instant startsAt,
        Instant endsAt,
        String createdBy,
        String comment,
        Instant updatedAt) {

    /** The states Alertmanager reports in {@code status.state}. */
    public enum State {
        PENDING, ACTIVE, EXPIRED;

        /** The API's spelling: {@code pending}, {@code active}, {@code expired}. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Silence {
        matchers = List.copyOf(matchers);
    }

    public State state(Instant now) {
        if (now.isBefore(startsAt)) {
            return State.PENDING;
        }
        if (now.isAfter(endsAt)) {
            return State.EXPIRED;
        }
        return State.ACTIVE;
    }

    public boolean mutes(Map<String, String> labels, Instant now) {
        return state(now) == State.ACTIVE && Matchers.matchAll(matchers, labels);
    }

    /** What Alertmanager's API would refuse in a new or updated silence, in its words; empty when fine. */
    public List<String> problems() {
        return problems(matchers, startsAt, endsAt, createdBy, comment);
    }

    /**
     * The checks of Alertmanager's {@code validateSilence} and API v2 handler. A silence that every
     * alert would match (all matchers accept the empty string) is refused as too broad.
     */
    public static List<String> problems(
            List<Matcher> matchers, Instant startsAt, Instant endsAt, String createdBy, String comment) {
        List<String> problems = new ArrayList<>();
        if (matchers == null || matchers.isEmpty()) {
            problems.add("at least one matcher required");
        } else {
            for (int i = 0; i < matchers.size(); i++) {
                if (!LabelNames.isValid(matchers.get(i).name())) {
                    problems.add("invalid label matcher " + i + ": invalid label name \"" + matchers.get(i).name() + "\"");
                }
            }
            if (matchers.stream().allMatch(Silence::matchesEmpty)) {
                problems.add("at least one matcher must not match the empty string");
            }
        }
        if (startsAt == null) {
            problems.add("invalid zero start timestamp");
        }
        if (endsAt == null) {
            problems.add("invalid zero end timestamp");
        }
        if (startsAt != null && endsAt != null && !startsAt.isBefore(endsAt)) {
            problems.add("start time must be before end time");
        }
        if (createdBy == null || createdBy.isBlank()) {
            problems.add("createdBy in body is required");
        }
        if (comment == null || comment.isBlank()) {
            problems.add("comment in body is required");
        }
        return problems;
    }

    /** Alertmanager's rule: only {@code =} and {@code =~} can match the empty string; {@code !=}, {@code !~} never count. */
    static boolean matchesEmpty(Matcher m) {
        return switch (m.type()) {
            case EQUAL, REGEX -> m.matchesValue("");
            case NOT_EQUAL, NOT_REGEX -> false;
        };
    }
}
