package dev.foresight.predict.api;

import dev.foresight.predict.api.PredictResponse.PointView;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * The answer of GET /forecasts/{service}: per metric, the recent observations and the forecast
 * from the latest snapshot ({@code origin}); step {@code n} of a forecast is {@code origin + n * stepSeconds}.
 */
@RegisterForReflection
public record ServiceForecast(String service, Instant origin, int horizonSeconds, List<MetricForecast> metrics) {

    /** {@code history} ends at the origin, one value per step, null where no snapshot reported it. */
    @RegisterForReflection
    public record MetricForecast(String metric, double stepSeconds, Double limit, List<Double> history,
                                 List<PointView> points) {}
}
