package dev.foresight.alertroute.apiv2;

import dev.foresight.shared.input.InputRules;
import dev.foresight.alertroute.am.matcher.Matcher;
import dev.foresight.alertroute.am.silence.Silence;
import dev.foresight.alertroute.silence.SilenceStore;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The v2 silence endpoints' behaviour, Alertmanager's: a new silence starts no earlier than now;
 * posting with the id of a silence that has not expired changes it in place, with the id of an
 * expired one makes a new silence; expiring ends it now.
 */
@ApplicationScoped
public class V2Silences {
    private final SilenceStore store;

    public V2Silences(SilenceStore store) {
        this.store = store;
    }

    public Uni<V2Models.SilenceCreated> post(V2Models.PostableSilence body) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body == null) {
            return Uni.createFrom().failure(ProblemException.invalid("body", "must be a silence object"));
        }
        List<Matcher> matchers = V2Input.matchers(body.matchers(), errors);
        Optional<Instant> startsAt = V2Input.time("startsAt", body.startsAt(), errors);
        Optional<Instant> endsAt = V2Input.time("endsAt", body.endsAt(), errors);
        if (endsAt.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("endsAt"))) {
            errors.add(new Problem.FieldError("endsAt", "is required"));
        }
        required("createdBy", body.createdBy(), errors);
        required("comment", body.comment(), errors);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        Instant start = startsAt.filter(at -> at.isAfter(now)).orElse(now);
        Silence silence = new Silence(body.id() == null ? "" : body.id(), matchers, start, endsAt.get(),
                body.createdBy(), body.comment(), now);
        silence.problems().forEach(problem -> errors.add(new Problem.FieldError("silence", problem)));
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        if (body.id() == null || body.id().isEmpty()) {
            return store.create(silence, now).map(V2Models.SilenceCreated::new);
        }
        return store.find(body.id()).chain(existing -> {
            if (existing.isEmpty()) {
                throw ProblemException.notFound("silence " + body.id() + " not found");
            }
            if (existing.get().state(now) == Silence.State.EXPIRED) {
                return store.create(silence, now).map(V2Models.SilenceCreated::new);
            }
            return store.update(body.id(), silence, now).replaceWith(new V2Models.SilenceCreated(body.id()));
        });
    }

    /** Active first (soonest end first), then pending (soonest start first), then expired (latest end first). */
    public Uni<List<V2Models.GettableSilence>> list(List<String> filter) {
        List<Matcher> matchers = V2Input.filter(filter);
        Instant now = Instant.now();
        return store.all().map(all -> all.stream()
                .filter(silence -> matchesFilter(silence, matchers))
                .sorted(order(now))
                .map(silence -> gettable(silence, now))
                .toList());
    }

    public Uni<V2Models.GettableSilence> get(String id) {
        return store.find(id).map(found -> gettable(found.orElseThrow(
                () -> ProblemException.notFound("silence " + id + " not found")), Instant.now()));
    }

    public Uni<Void> expire(String id) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return store.find(id).chain(found -> {
            if (found.isEmpty()) {
                throw ProblemException.notFound("silence " + id + " not found");
            }
            return store.expire(id, now).replaceWithVoid();
        });
    }

    /** Alertmanager's silence filter: each filter matcher must match the value of the silence's matcher of that name. */
    static boolean matchesFilter(Silence silence, List<Matcher> filter) {
        Map<String, String> values = new HashMap<>();
        silence.matchers().forEach(m -> values.put(m.name(), m.value()));
        return filter.stream().allMatch(f -> values.containsKey(f.name()) && f.matches(Map.of(f.name(), values.get(f.name()))));
    }

    private static Comparator<Silence> order(Instant now) {
        return Comparator.<Silence>comparingInt(s -> switch (s.state(now)) {
                    case ACTIVE -> 0;
                    case PENDING -> 1;
                    case EXPIRED -> 2;
                })
                .thenComparingLong(s -> switch (s.state(now)) {
                    case ACTIVE -> s.endsAt().toEpochMilli();
                    case PENDING -> s.startsAt().toEpochMilli();
                    case EXPIRED -> -s.endsAt().toEpochMilli();
                });
    }

    static V2Models.GettableSilence gettable(Silence s, Instant now) {
        List<V2Models.MatcherModel> matchers = s.matchers().stream().map(m -> new V2Models.MatcherModel(m.name(), m.value(),
                m.type() == Matcher.Type.REGEX || m.type() == Matcher.Type.NOT_REGEX,
                m.type() == Matcher.Type.EQUAL || m.type() == Matcher.Type.REGEX)).toList();
        return new V2Models.GettableSilence(s.id(), new V2Models.SilenceStatus(s.state(now).wire()), s.updatedAt().toString(),
                matchers, s.startsAt().toString(), s.endsAt().toString(), s.createdBy(), s.comment());
    }

    private static void required(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || InputRules.isBlank(value)) {
            errors.add(new Problem.FieldError(field, field + " missing"));
        } else if (InputRules.freeText(value, V2Input.MAX_TEXT).isPresent()) {
            errors.add(new Problem.FieldError(field, "must be at most " + V2Input.MAX_TEXT + " characters without NUL"));
        }
    }
}
