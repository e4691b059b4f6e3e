package dev.foresight.monitortrigger.cycle;

import dev.foresight.shared.openapi.FunqOperation;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** Documents {@link CycleFunction}, which the OpenAPI scanner cannot see. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class CycleFunctionDocs implements OASFilter {
    static final FunqOperation TRIGGER = new FunqOperation("/monitor-trigger", "runMonitorCycle",
            "Runs one monitoring cycle now (collect, predict, alert) and reports what it did",
            "TriggerRequest", false, "CycleReport");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        TRIGGER.addTo(api);
    }
}
