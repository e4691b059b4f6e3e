package dev.foresight.shared.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a function's {@code /q/openapi?format=json} against what it serves: every served
 * operation is documented, with the bearer scheme and the scopes it needs (none for public ones),
 * a request schema when it reads a body, a response for success, and no dangling schema reference.
 */
public final class OpenApiContract {
    /** Marks an operation anyone may call, without a token. */
    public static final List<String> PUBLIC = List.of("(public)");
    private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch", "head");

    private OpenApiContract() {}

    /**
     * {@code expected} maps "METHOD /path" to the scopes the operation needs ({@code List.of()} for
     * any valid token, {@link #PUBLIC} for none); it must list exactly the served operations.
     */
    public static void check(String json, Set<String> served, Set<String> takingABody, Map<String, List<String>> expected) {
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(served),
                "the test's list of operations and scopes differs from what the application serves");
        JsonNode document = read(json);
        Map<String, JsonNode> documented = operations(document);
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(documented.keySet());
        assertTrue(missing.isEmpty(), "served but missing from the OpenAPI document: " + missing);

        JsonNode scheme = document.path("components").path("securitySchemes").path("bearer");
        assertEquals("http", scheme.path("type").asText(), "bearer security scheme type");
        assertEquals("bearer", scheme.path("scheme").asText());
        assertEquals("JWT", scheme.path("bearerFormat").asText());
        JsonNode apiKey = document.path("components").path("securitySchemes").path("apiKey");
        assertEquals("apiKey", apiKey.path("type").asText(), "API-key security scheme type");
        assertEquals("header", apiKey.path("in").asText());
        assertEquals("X-API-Key", apiKey.path("name").asText());

        List<String> wrong = new ArrayList<>();
        for (String operation : served) {
            JsonNode op = documented.get(operation);
            List<String> scopes = expected.get(operation);
            JsonNode security = op.path("security");
            if (scopes == PUBLIC) {
                if (security.size() != 0) {
                    wrong.add(operation + ": public, but documents " + security);
                }
            } else if (security.size() != 2 || !security.get(0).has("bearer") || !security.get(1).has("apiKey")
                    || !scopesOf(security.get(0).get("bearer")).equals(new TreeSet<>(scopes))
                    || !scopesOf(security.get(1).get("apiKey")).equals(new TreeSet<>(scopes))) {
                wrong.add(operation + ": needs bearer or apiKey " + scopes + ", documents " + security);
            }
            if (takingABody.contains(operation) && op.path("requestBody").path("content").isEmpty()) {
                wrong.add(operation + ": no request body schema");
            }
            if (!hasSuccess(op.path("responses"))) {
                wrong.add(operation + ": no 2xx response");
            }
        }
        unresolvedReferences(document, document, wrong);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** A schema named by a filter (funqy functions) must be one the scanner generated. */
    private static void unresolvedReferences(JsonNode document, JsonNode node, List<String> wrong) {
        if (node.isObject() && node.has("$ref")) {
            String ref = node.get("$ref").asText();
            String prefix = "#/components/schemas/";
            if (ref.startsWith(prefix) && !document.path("components").path("schemas").has(ref.substring(prefix.length()))) {
                wrong.add("unresolved schema reference " + ref);
            }
        }
        node.forEach(child -> unresolvedReferences(document, child, wrong));
    }

    private static boolean hasSuccess(JsonNode responses) {
        for (Iterator<String> codes = responses.fieldNames(); codes.hasNext(); ) {
            if (codes.next().startsWith("2")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> scopesOf(JsonNode array) {
        Set<String> scopes = new TreeSet<>();
        array.forEach(s -> scopes.add(s.asText()));
        return scopes;
    }

    private static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (VERBS.contains(op.getKey())) {
                operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return operations;
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("the OpenAPI document is not JSON", e);
        }
    }
}
