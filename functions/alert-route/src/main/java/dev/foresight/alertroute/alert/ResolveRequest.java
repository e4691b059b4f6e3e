package dev.foresight.alertroute.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The optional body of {@code POST /alerts/{id}/resolve}: how the alert was resolved, in the resolver's words. */
@RegisterForReflection
public record ResolveRequest(String note) {
    public static final int MAX_NOTE = 2000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** An absent or blank body is no note; anything else must be {@code {"note": "…"}}, or a 400 naming the field. */
    static ResolveRequest parse(String body) {
        if (body == null || body.isBlank()) {
            return new ResolveRequest(null);
        }
        try {
            var tree = JSON.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw ProblemException.invalid("body", "must be a JSON object such as {\"note\": \"…\"}");
            }
            var note = tree.get("note");
            if (note != null && !note.isNull() && !note.isTextual()) {
                throw ProblemException.invalid("note", "must be a string");
            }
            var names = tree.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!name.equals("note")) {
                    throw ProblemException.invalid(name, "is not a field of a resolve; the body may only have \"note\"");
                }
            }
            return new ResolveRequest(note == null || note.isNull() ? null : note.textValue());
        } catch (JsonProcessingException malformed) {
            throw ProblemException.invalid("body", "must be a JSON object such as {\"note\": \"…\"}");
        }
    }
}
