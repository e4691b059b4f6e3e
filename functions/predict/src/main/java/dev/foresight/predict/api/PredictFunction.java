package dev.foresight.predict.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.foresight.predict.service.PredictionService;
import io.quarkus.funqy.Funq;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Singleton;

/**
 * POST /predict. The function takes the body as a JSON tree and binds it itself: funqy answers a
 * body it cannot bind with a bare 400, whereas binding here lets the shared problem mapping name
 * the offending field ({@code series.values[2]}) of a wrong-typed value.
 */
@Singleton
public class PredictFunction {
    private final PredictionService service;
    private final ObjectReader reader;

    public PredictFunction(PredictionService service, ObjectMapper mapper) {
        this.service = service;
        this.reader = mapper.readerFor(PredictRequest.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    @Funq("predict")
    public PredictResponse predict(JsonNode body) throws Throwable {
        PredictRequest request = body == null || body.isNull() ? null : reader.readValue(body);
        return VertxContextSupport.subscribeAndAwait(() -> service.predict(request));
    }
}
