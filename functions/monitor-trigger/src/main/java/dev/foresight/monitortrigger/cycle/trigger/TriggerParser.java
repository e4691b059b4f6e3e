package dev.foresight.monitortrigger.cycle.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a trigger request in the three forms a scheduler sends: a plain POST (no body, or a JSON
 * object, optionally with a {@code cycleId}); a CloudEvent in binary mode (attributes in
 * {@code ce-*} headers, as a Knative PingSource sends it); a CloudEvent in structured mode
 * ({@code application/cloudevents+json}). Only the four required context attributes matter here,
 * so they are read by hand rather than through the CloudEvents SDK, which the build cannot fetch.
 * A broken request is a 400 naming the attribute.
 */
public final class TriggerParser {
    public static final String STRUCTURED = "application/cloudevents+json";
    private static final String BATCH = "application/cloudevents-batch+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REQUIRED = List.of("id", "source", "specversion", "type");
    private static final Pattern CYCLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Attribute values are bounded so that a key and a log line stay small. */
    private static final int MAX_ATTRIBUTE = 512;

    private TriggerParser() {}

    /**
     * @param header     a header by lower-case name, null when absent
     * @param hasCeHeader whether any {@code ce-*} header is present
     */
    public static Trigger parse(Function<String, String> header, boolean hasCeHeader, String contentType, String body) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.equals(BATCH)) {
            throw ProblemException.invalid("content-type", "batched CloudEvents are not accepted: send one event");
        }
        if (mediaType.equals(STRUCTURED)) {
            return structured(body);
        }
        if (hasCeHeader) {
            return binary(header);
        }
        return plain(body);
    }

    private static Trigger binary(Function<String, String> header) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> values = new java.util.HashMap<>();
        for (String name : REQUIRED) {
            String value = header.apply("ce-" + name);
            check("ce-" + name, value, errors).ifPresent(v -> values.put(name, v));
        }
        return event(Trigger.Mode.CLOUDEVENT_BINARY, "ce-", values, errors);
    }

    private static Trigger structured(String body) {
        JsonNode root = object(body, "body");
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> values = new java.util.HashMap<>();
        for (String name : REQUIRED) {
            JsonNode node = root.get(name);
            if (node != null && !node.isNull() && !node.isTextual()) {
                errors.add(new Problem.FieldError(name, "must be a string"));
                continue;
            }
            check(name, node == null || node.isNull() ? null : node.asText(), errors).ifPresent(v -> values.put(name, v));
        }
        return event(Trigger.Mode.CLOUDEVENT_STRUCTURED, "", values, errors);
    }

    private static Trigger event(Trigger.Mode mode, String prefix, Map<String, String> values, List<Problem.FieldError> errors) {
        String version = values.get("specversion");
        if (version != null && !version.equals("1.0")) {
            errors.add(new Problem.FieldError(prefix + "specversion", "must be \"1.0\", not \"" + version + "\""));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Trigger(mode, Optional.of(values.get("source")), Optional.of(values.get("id")));
    }

    private static Optional<String> check(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isEmpty()) {
            errors.add(new Problem.FieldError(field, "is required"));
            return Optional.empty();
        }
        if (value.length() > MAX_ATTRIBUTE) {
            errors.add(new Problem.FieldError(field, "must be at most " + MAX_ATTRIBUTE + " characters"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static Trigger plain(String body) {
        if (body == null || body.isBlank()) {
            return Trigger.plain(Optional.empty());
        }
        JsonNode cycleId = object(body, "body").get("cycleId");
        if (cycleId == null || cycleId.isNull()) {
            return Trigger.plain(Optional.empty());
        }
        if (!cycleId.isTextual() || !CYCLE_ID.matcher(cycleId.asText()).matches()) {
            throw ProblemException.invalid("cycleId", "must be 1 to 128 letters, digits or . _ : -");
        }
        return Trigger.plain(Optional.of(cycleId.asText()));
    }

    private static JsonNode object(String body, String field) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid(field, "must be a JSON object");
        }
        if (root == null || !root.isObject()) {
            throw ProblemException.invalid(field, "must be a JSON object");
        }
        return root;
    }
}
