package dev.foresight.shared.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract check fails for each way a document can fall behind the application. */
class OpenApiContractTest {
    private static final String SCHEME = "\"components\":{\"securitySchemes\":{\"bearer\":"
            + "{\"type\":\"http\",\"scheme\":\"bearer\",\"bearerFormat\":\"JWT\"},"
            + "\"apiKey\":{\"type\":\"apiKey\",\"in\":\"header\",\"name\":\"X-API-Key\"}},\"schemas\":{\"Thing\":{}}}";
    private static final String GET_THINGS = "\"/things\":{\"get\":{\"security\":[{\"bearer\":[]},{\"apiKey\":[]}],"
            + "\"responses\":{\"200\":{}}}}";
    private static final String POST_RUN = "\"/run\":{\"post\":{\"security\":[{\"bearer\":[\"run:write\"]},{\"apiKey\":[\"run:write\"]}],"
            + "\"requestBody\":{\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Thing\"}}}},"
            + "\"responses\":{\"200\":{}}}}";
    private static final Map<String, List<String>> EXPECTED =
            Map.of("GET /things", List.of(), "POST /run", List.of("run:write"));
    private static final Set<String> SERVED = EXPECTED.keySet();

    private static String document(String... paths) {
        return "{\"paths\":{" + String.join(",", paths) + "}," + SCHEME + "}";
    }

    @Test
    void aCompleteDocumentPasses() {
        OpenApiContract.check(document(GET_THINGS, POST_RUN), SERVED, Set.of("POST /run"), EXPECTED);
    }

    @Test
    void aMissingOperationFails() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> OpenApiContract.check(document(GET_THINGS), SERVED, Set.of("POST /run"), EXPECTED));
        assertTrue(e.getMessage().contains("POST /run"), e.getMessage());
    }

    @Test
    void aMissingScopeFails() {
        String withoutScope = POST_RUN.replaceFirst("\\[\"run:write\"]", "[]");
        assertThrows(AssertionError.class,
                () -> OpenApiContract.check(document(GET_THINGS, withoutScope), SERVED, Set.of("POST /run"), EXPECTED));
    }

    @Test
    void anOperationWithoutTheApiKeyAlternativeFails() {
        String bearerOnly = POST_RUN.replace(",{\"apiKey\":[\"run:write\"]}", "");
        assertThrows(AssertionError.class,
                () -> OpenApiContract.check(document(GET_THINGS, bearerOnly), SERVED, Set.of("POST /run"), EXPECTED));
    }

    @Test
    void aDanglingSchemaReferenceFails() {
        String dangling = POST_RUN.replace("schemas/Thing", "schemas/Gone");
        assertThrows(AssertionError.class,
                () -> OpenApiContract.check(document(GET_THINGS, dangling), SERVED, Set.of("POST /run"), EXPECTED));
    }

    @Test
    void anOperationTheTestDoesNotListFails() {
        assertThrows(AssertionError.class, () -> OpenApiContract.check(document(GET_THINGS, POST_RUN),
                Set.of("GET /things", "POST /run", "DELETE /things"), Set.of(), EXPECTED));
    }
}
