package dev.foresight.embed.memory;

import dev.foresight.embed.embedding.TextRules;
import dev.foresight.shared.problem.Problem.FieldError;
import dev.foresight.shared.problem.ProblemException;
import dev.foresight.shared.input.Bounded;
import dev.foresight.shared.input.InputRules;
import dev.foresight.shared.memory.MemoryFilter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What a memory and a search must look like. Every broken rule is reported, not only the first. */
public final class MemoryRules {
    /** Kinds are identifiers ("incident", "alert:cascade") that callers filter on, not prose. */
    static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9._:-]{0,63}");
    static final String KIND_RULE = "must be 1 to 64 of a-z 0-9 . _ : - starting with a letter or digit";
    static final int MAX_METADATA_ENTRIES = 64;
    static final int MAX_METADATA_DEPTH = 8;

    private final TextRules texts;
    private final int defaultK;
    private final int maxK;

    public MemoryRules(TextRules texts, int defaultK, int maxK) {
        this.texts = texts;
        this.defaultK = defaultK;
        this.maxK = maxK;
    }

    public NewMemory check(NewMemory memory) {
        if (memory == null) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        texts.check("text", memory.text()).ifPresent(errors::add);
        checkKind("kind", memory.kind(), errors);
        Map<String, Object> metadata = memory.metadata() == null ? Map.of() : memory.metadata();
        if (metadata.size() > MAX_METADATA_ENTRIES) {
            errors.add(new FieldError("metadata", "must have at most " + MAX_METADATA_ENTRIES + " entries, had " + metadata.size()));
        } else {
            InputRules.jsonValue("metadata", metadata, MAX_METADATA_DEPTH, MAX_METADATA_ENTRIES, InputRules.MAX_TEXT)
                    .ifPresent(v -> errors.add(new FieldError(v.field(), v.rule())));
        }
        throwIfAny(errors);
        return new NewMemory(memory.text(), memory.kind(), metadata);
    }

    /** {@code k} arrives as text so that "abc" is a named 400 rather than a JAX-RS 404. */
    public SearchQuery query(String q, String k, String kind) {
        return query(q, k, kind, null, null, null);
    }

    /**
     * A search with its filters: {@code kind}, {@code service} (the metadata's "service"), and the
     * time range {@code since} (inclusive) … {@code until} (exclusive), ISO-8601 instants, on when
     * the memory was recorded.
     */
    public SearchQuery query(String q, String k, String kind, String service, String since, String until) {
        return query(q, k, kind, service, since, until, null);
    }

    /** As above, ranked by {@code mode}: "hybrid" (the default), "vector" or "text". */
    public SearchQuery query(String q, String k, String kind, String service, String since, String until, String mode) {
        List<FieldError> errors = new ArrayList<>();
        texts.check("q", q).ifPresent(errors::add);
        int parsedK = parseK(k, errors);
        if (kind != null) {
            checkKind("kind", kind, errors);
        }
        checkService(service, errors);
        Instant from = instant("since", since, errors);
        Instant to = instant("until", until, errors);
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(new FieldError("until", "must be after since (" + from + "), was " + to));
        }
        SearchMode parsedMode = mode(mode, errors);
        throwIfAny(errors);
        return new SearchQuery(q, parsedK, new MemoryFilter(kind, service, from, to), parsedMode);
    }

    private static SearchMode mode(String mode, List<FieldError> errors) {
        if (mode == null) {
            return SearchMode.HYBRID;
        }
        return SearchMode.named(mode).orElseGet(() -> {
            errors.add(new FieldError("mode", "must be one of " + SearchMode.ALLOWED + ", was " + Bounded.quote(mode)));
            return SearchMode.HYBRID;
        });
    }

    private static Instant instant(String field, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException notAnInstant) {
            errors.add(new FieldError(field, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z, was " + Bounded.quote(value)));
            return null;
        }
    }

    private static void checkService(String service, List<FieldError> errors) {
        if (service != null && (InputRules.isBlank(service) || InputRules.line(service, 100).isPresent())) {
            errors.add(new FieldError("service", "must be 1 to 100 characters"));
        }
    }

    /** {@code GET /memories}: parameters arrive as text so a malformed one is a 400 naming it. */
    public MemoryListing listing(String kind, String service, String limit) {
        List<FieldError> errors = new ArrayList<>();
        if (kind != null) {
            checkKind("kind", kind, errors);
        }
        checkService(service, errors);
        int parsedLimit = MemoryListing.DEFAULT_LIMIT;
        if (limit != null) {
            parsedLimit = parseBounded(limit, MemoryListing.MAX_LIMIT);
            if (parsedLimit < 0) {
                errors.add(new FieldError("limit", "must be an integer between 1 and " + MemoryListing.MAX_LIMIT));
            }
        }
        throwIfAny(errors);
        return new MemoryListing(kind, service, parsedLimit);
    }

    /** A memory id from the path: a positive integer, or a 400 naming {@code id}. */
    public static long id(String id) {
        try {
            long parsed = Long.parseLong(id.strip());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw ProblemException.invalid("id", "must be a positive integer");
    }

    /** -1 unless {@code text} is an integer in [1, max]. */
    private static int parseBounded(String text, int max) {
        try {
            int parsed = Integer.parseInt(text.strip());
            return parsed >= 1 && parsed <= max ? parsed : -1;
        } catch (NumberFormatException notAnInteger) {
            return -1;
        }
    }

    private int parseK(String k, List<FieldError> errors) {
        if (k == null) {
            return defaultK;
        }
        String rule = "must be an integer between 1 and " + maxK;
        try {
            int parsed = Integer.parseInt(k.strip());
            if (parsed >= 1 && parsed <= maxK) {
                return parsed;
            }
        } catch (NumberFormatException notAnInteger) {
            // reported below with the same rule as an out-of-range value
        }
        errors.add(new FieldError("k", rule + ", was " + Bounded.quote(k)));
        return defaultK;
    }

    private static void checkKind(String field, String kind, List<FieldError> errors) {
        if (kind == null || InputRules.isBlank(kind)) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (!KIND.matcher(kind).matches()) {
            errors.add(new FieldError(field, KIND_RULE));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
