package dev.foresight.predict.api;

import dev.foresight.shared.openapi.FunqOperation;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** Documents {@link PredictFunction}, which the OpenAPI scanner cannot see. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class PredictFunctionDocs implements OASFilter {
    static final FunqOperation PREDICT = new FunqOperation("/predict", "predict",
            "Forecasts a registered service's metrics (or an inline series), with anomalies, predicted failures and cascades",
            "PredictRequest", true, "PredictResponse");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        PREDICT.addTo(api);
    }
}
