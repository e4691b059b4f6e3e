package dev.foresight.bench.jmh;

import dev.foresight.predict.anomaly.OnlineDetector;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Points per second of {@link OnlineDetector}: one stream of {@value #POINTS} five-minute points
 * (daily cycle, noise, occasional spikes) scored by a detector that has already learned from it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DetectorBenchmark {
    static final int POINTS = 10_000;
    private static final long STEP = 300_000L;

    private final long[] times = new long[POINTS];
    private final double[] values = new double[POINTS];
    private OnlineDetector detector;
    private long offset;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(42);
        for (int i = 0; i < POINTS; i++) {
            times[i] = 1_700_000_000_000L + i * STEP;
            values[i] = 50 + 10 * Math.sin(2 * Math.PI * i / 288.0) + random.nextGaussian()
                    + (random.nextDouble() < 0.002 ? 40 : 0);
        }
        detector = new OnlineDetector();
    }

    /** Scores only: the allocation-free path. */
    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void score(Blackhole hole) {
        long shift = offset;
        for (int i = 0; i < POINTS; i++) {
            hole.consume(detector.score(times[i] + shift, values[i]));
        }
        offset += POINTS * STEP;
    }

    /** Scores with their explanation, as the predict function uses it. */
    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void update(Blackhole hole) {
        long shift = offset;
        for (int i = 0; i < POINTS; i++) {
            hole.consume(detector.update(times[i] + shift, values[i]));
        }
        offset += POINTS * STEP;
    }
}
