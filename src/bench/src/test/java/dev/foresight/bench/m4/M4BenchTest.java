package dev.foresight.bench.m4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.predict.forecast.CombinedForecaster;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on the M4 Hourly dev half when the benchmark data is present; skipped otherwise. */
class M4BenchTest {

    private static final Path DATA = Path.of("/work/shared/bench/m4");

    private static Path data(String name) {
        Path p = DATA.resolve(name);
        Assumptions.assumeTrue(Files.isReadable(p), "M4 data not available at " + p);
        return p;
    }

    @Test
    void seasonalNaiveMatchesTheReferencePoint(@TempDir Path dir) {
        Path train = data("Hourly-train-dev.csv");
        Path out = dir.resolve("snaive.csv");
        M4Bench.run(train, out, M4Bench::seasonalNaive);
        M4Evaluation.Score s = M4ScoreCommand.score(out, data("Hourly-test-dev.csv"), train);
        assertEquals(13.98, s.smape(), 0.01);
        assertEquals(1.233, s.mase(), 0.001);
        assertEquals(0.637, s.owa(), 0.001);
    }

    @Test
    void combinedForecasterBeatsTheFloorWithCalibratedIntervals(@TempDir Path dir) {
        Path train = data("Hourly-train-dev.csv");
        Path out = dir.resolve("combined.csv");
        M4Bench.run(train, out, new CombinedForecaster(24, 168));
        assertTrue(Files.exists(dir.resolve("combined.csv.lo95.csv")) && Files.exists(dir.resolve("combined.csv.hi95.csv")));
        M4Evaluation.Score s = M4ScoreCommand.score(out, data("Hourly-test-dev.csv"), train);
        assertTrue(s.owa() <= 0.47, "OWA " + s.owa());
        assertTrue(s.coverage95() >= 0.92 && s.coverage95() <= 0.97, "coverage " + s.coverage95());
    }
}
