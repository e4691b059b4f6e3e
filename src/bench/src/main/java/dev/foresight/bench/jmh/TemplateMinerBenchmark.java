package dev.foresight.bench.jmh;

import dev.foresight.embed.pattern.MinerSettings;
import dev.foresight.embed.pattern.TemplateMiner;
import java.util.ArrayList;
import java.util.List;
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
 * Log lines per second through {@link TemplateMiner} with its default settings: {@value #LINES}
 * lines from 200 templates (numbers, addresses, paths and words that vary), mined from an empty
 * miner on every invocation, so the figure includes founding and merging patterns.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TemplateMinerBenchmark {
    static final int LINES = 20_000;
    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "omega", "kappa", "sigma", "theta"};

    private final List<String> lines = new ArrayList<>(LINES);

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(42);
        List<String> templates = new ArrayList<>();
        for (int t = 0; t < 200; t++) {
            StringBuilder template = new StringBuilder("component").append(t % 17).append(':');
            int words = 4 + random.nextInt(10);
            for (int w = 0; w < words; w++) {
                template.append(' ').append(switch (random.nextInt(6)) {
                    case 0 -> "%n";
                    case 1 -> "%ip";
                    case 2 -> "%path";
                    case 3 -> "%word";
                    default -> WORDS[random.nextInt(WORDS.length)] + t;
                });
            }
            templates.add(template.toString().replaceAll("[0-9]", "x"));
        }
        for (int i = 0; i < LINES; i++) {
            String template = templates.get((int) Math.min(199, Math.abs(random.nextGaussian()) * 50));
            lines.add(template
                    .replace("%n", String.valueOf(random.nextInt(100_000)))
                    .replace("%ip", "10.0." + random.nextInt(256) + "." + random.nextInt(256))
                    .replace("%path", "/var/lib/app/" + WORDS[random.nextInt(WORDS.length)] + ".log")
                    .replace("%word", WORDS[random.nextInt(WORDS.length)]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void mine(Blackhole hole) {
        TemplateMiner miner = new TemplateMiner(MinerSettings.DEFAULT);
        for (String line : lines) {
            hole.consume(miner.add(line));
        }
    }
}
