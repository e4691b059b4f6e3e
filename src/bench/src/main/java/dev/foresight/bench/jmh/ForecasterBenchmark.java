package dev.foresight.bench.jmh;

import dev.foresight.predict.failure.FailurePrediction;
import dev.foresight.predict.failure.FailurePredictor;
import dev.foresight.predict.forecast.CombinedForecaster;
import dev.foresight.predict.forecast.Forecast;
import dev.foresight.predict.forecast.TrendAwareForecaster;
import dev.foresight.predict.forecast.selection.ForecasterSelector;
import dev.foresight.predict.series.Metric;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 1 440-point hourly series (60 days, daily and weekly cycles, noise), 48 steps ahead: the
 * combined forecaster alone, and with the trend that failure prediction adds (what the service runs
 * for a metric with a limit: the base forecast, then the robust trend). And the service's default
 * history, 360 points at 5 s with a creep in its last 20, 360 steps ahead: the selected base alone,
 * and with the failure trend, whose change-of-slope scan runs on such a series. Last, the failure
 * predictor's reading of that 360-step forecast (the crossing probability over the horizon).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ForecasterBenchmark {

    private final CombinedForecaster forecaster = new CombinedForecaster(24, 168);
    private final TrendAwareForecaster forFailure = new TrendAwareForecaster(forecaster, 24, 3600);
    private final TrendAwareForecaster serviceForFailure = ForecasterSelector.bestForHistory().forFailure(5, 360);
    private double[] history;
    private double[] recent;
    private final FailurePredictor predictor = new FailurePredictor();
    private Forecast recentForecast;

    @Setup
    public void setUp() {
        Random rnd = new Random(42);
        history = new double[1440];
        for (int t = 0; t < history.length; t++) {
            history[t] = 100 + 0.01 * t + 20 * Math.sin(2 * Math.PI * t / 24) + 8 * Math.sin(2 * Math.PI * t / 168)
                    + 3 * rnd.nextGaussian();
        }
        recent = new double[360];
        for (int t = 0; t < recent.length; t++) {
            recent[t] = 150 + (t >= 340 ? 9.7 * (t - 339) : 0) + 6 * rnd.nextGaussian();
        }
        recentForecast = serviceForFailure.forecast(recent, 360);
    }

    @Benchmark
    public Forecast combined1440Points48Steps() {
        return forecaster.forecast(history, 48);
    }

    @Benchmark
    public Forecast combinedWithFailureTrend1440Points48Steps() {
        return forFailure.forecast(history, 48);
    }

    @Benchmark
    public Forecast service360Points360StepsBase() {
        return serviceForFailure.base().forecast(recent, 360);
    }

    @Benchmark
    public Forecast service360Points360StepsWithFailureTrend() {
        return serviceForFailure.forecast(recent, 360);
    }

    @Benchmark
    public Optional<FailurePrediction> failurePrediction360Steps() {
        return predictor.predict(Metric.LATENCY_MS, recentForecast, 500, recent[recent.length - 1], 5);
    }
}
