package dev.foresight.shared.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** Runs when the application starts, once its runtime permission configuration is known. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class BearerSecurityFilter implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI api) {
        OperationSecurity.apply(api);
    }
}
