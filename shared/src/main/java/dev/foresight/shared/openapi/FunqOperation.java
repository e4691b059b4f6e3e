package dev.foresight.shared.openapi;

import dev.foresight.shared.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * A funqy function as an OpenAPI operation. The annotation scanner sees only JAX-RS resources, so
 * a function's filter adds its POST here; the request and response schemas are the ones the
 * scanner generated from the Java records (annotated {@code @Schema(name = ...)}), referenced by
 * name, so they cannot drift from the code.
 */
public record FunqOperation(String path, String operationId, String summary, String requestSchema,
                            boolean bodyRequired, String responseSchema) {

    public void addTo(OpenAPI api) {
        if (api.getPaths() == null) {
            api.setPaths(OASFactory.createPaths());
        }
        APIResponses responses = OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK").content(json(responseSchema)))
                .addAPIResponse("400", problem("the body broke a rule; errors name each field"))
                .addAPIResponse("401", problem("no valid bearer access token"))
                .addAPIResponse("403", problem("the access token lacks the scope"));
        Operation post = OASFactory.createOperation()
                .operationId(operationId)
                .summary(summary)
                .addTag("funqy")
                .requestBody(OASFactory.createRequestBody().required(bodyRequired).content(json(requestSchema)))
                .responses(responses);
        api.getPaths().addPathItem(path, OASFactory.createPathItem().POST(post));
        OperationSecurity.apply(api);
    }

    private static Content json(String schema) {
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + schema)));
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
