package dev.foresight.bench.jmh;

import dev.foresight.predict.forecast.CombinedForecaster;
import dev.foresight.predict.forecast.Forecast;
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

/** One 1 440-point hourly series (60 days, daily and weekly cycles, noise), 48 steps ahead. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ForecasterBenchmark {

    private final CombinedForecaster forecaster = new CombinedForecaster(24, 168);
    private double[] history;

    @Setup
    public void setUp() {
        Random rnd = new Random(42);
        history = new double[1440];
        for (int t = 0; t < history.length; t++) {
            history[t] = 100 + 0.01 * t + 20 * Math.sin(2 * Math.PI * t / 24) + 8 * Math.sin(2 * Math.PI * t / 168)
                    + 3 * rnd.nextGaussian();
        }
    }

    @Benchmark
    public Forecast combined1440Points48Steps() {
        return forecaster.forecast(history, 48);
    }
}
