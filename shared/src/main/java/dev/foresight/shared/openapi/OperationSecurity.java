package dev.foresight.shared.openapi;

import dev.foresight.shared.apikey.ApiKeyIdentity;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares the bearer JWT scheme and the API-key scheme ({@code X-API-Key}), and puts on every
 * operation the scopes its permission rule requires under either (OpenAPI 3.1 lets a non-OAuth
 * scheme list roles), so Swagger UI's "Try it out" sends the token or the key. Idempotent: a filter that adds
 * operations (funqy functions) calls it again after adding them.
 */
public final class OperationSecurity {
    public static final String SCHEME = "bearer";
    public static final String API_KEY_SCHEME = "apiKey";

    private OperationSecurity() {}

    public static void apply(OpenAPI api) {
        Config config = ConfigProvider.getConfig();
        apply(api, Permissions.from(config.getPropertyNames(), name -> config.getOptionalValue(name, String.class)));
    }

    static void apply(OpenAPI api, Permissions permissions) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("An access token from token-refresh's POST /token; scopes are listed per operation."));
        components.addSecurityScheme(API_KEY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(ApiKeyIdentity.HEADER)
                .description("An API key from token-refresh's POST /api-keys (also accepted as"
                        + " 'Authorization: ApiKey <key>'); its scopes must include the operation's."));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> entry : api.getPaths().getPathItems().entrySet()) {
            String samplePath = entry.getKey().replaceAll("\\{[^}/]+}", "x");
            for (Map.Entry<PathItem.HttpMethod, Operation> op : entry.getValue().getOperations().entrySet()) {
                Access access = permissions.required(op.getKey().name(), samplePath);
                op.getValue().setSecurity(access.open() ? List.of()
                        : List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, access.scopes()),
                                OASFactory.createSecurityRequirement().addScheme(API_KEY_SCHEME, access.scopes())));
            }
        }
    }
}
