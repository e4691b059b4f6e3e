package dev.foresight.shared.openapi;

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
 * Declares the bearer JWT scheme and puts on every operation the scopes its permission rule
 * requires, so Swagger UI's "Try it out" sends the token. Idempotent: a filter that adds
 * operations (funqy functions) calls it again after adding them.
 */
public final class OperationSecurity {
    public static final String SCHEME = "bearer";

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
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> entry : api.getPaths().getPathItems().entrySet()) {
            String samplePath = entry.getKey().replaceAll("\\{[^}/]+}", "x");
            for (Map.Entry<PathItem.HttpMethod, Operation> op : entry.getValue().getOperations().entrySet()) {
                Access access = permissions.required(op.getKey().name(), samplePath);
                op.getValue().setSecurity(access.open() ? List.of()
                        : List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, access.scopes())));
            }
        }
    }
}
