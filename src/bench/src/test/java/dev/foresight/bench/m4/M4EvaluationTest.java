package dev.foresight.bench.m4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class M4EvaluationTest {

    private static final List<M4Csv.Row> TRAIN = List.of(new M4Csv.Row("A", new double[] {1, 2, 3, 4, 5, 6}));
    private static final List<M4Csv.Row> TEST = List.of(new M4Csv.Row("A", new double[] {7, 8}));

    @Test
    void perfectForecastScoresZeroAndCoversEverything() {
        Map<String, double[]> f = Map.of("A", new double[] {7, 8});
        M4Evaluation.Score s = M4Evaluation.score(TRAIN, TEST, f, Map.of("A", new double[] {6, 7}),
                Map.of("A", new double[] {8, 9}), 2);
        assertEquals(0, s.smape(), 1e-12);
        assertEquals(0, s.owa(), 1e-12);
        assertEquals(1.0, s.coverage95(), 1e-12);
    }

    @Test
    void owaIsOneForNaive2Itself() {
        // not seasonal (under 3 seasons of 2? 6 >= 6 but the trend dominates): Naive2 = last value
        double[] naive2 = M4Metrics.naive2(TRAIN.get(0).values(), 2, 2);
        M4Evaluation.Score s = M4Evaluation.score(TRAIN, TEST, Map.of("A", naive2), null, null, 2);
        assertEquals(1.0, s.owa(), 1e-12);
        assertTrue(Double.isNaN(s.coverage95()));
        // scale = mean |x_t - x_{t-2}| = 2; errors |7-6|, |8-6| -> MASE 0.75
        assertEquals(0.75, s.mase(), 1e-12);
    }

    @Test
    void missingForecastIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> M4Evaluation.score(TRAIN, TEST, Map.of(), null, null, 2));
    }

    @Test
    void readsQuotedRowsWithPaddingAndForecastHeaders(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("train.csv");
        Files.writeString(data, "\"V1\",\"V2\",\"V3\",\"V4\"\n\"H1\",1,2,\n\"H2\",3,4,5\n");
        List<M4Csv.Row> rows = M4Csv.readSeries(data);
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).values().length);
        assertEquals(5.0, rows.get(1).values()[2]);

        Path fc = dir.resolve("f.csv");
        M4Csv.write(fc, List.of(new M4Csv.Row("H1", new double[] {1.5, 2.5})), 2);
        assertEquals(2.5, M4Csv.readForecasts(fc, 2).get("H1")[1], 1e-9);
        Files.writeString(fc, "id,F1,F2\nH1,1,2\nH1,3,4\n");
        assertThrows(IllegalArgumentException.class, () -> M4Csv.readForecasts(fc, 2), "duplicate id");
        Files.writeString(fc, "H1,1\n");
        assertThrows(IllegalArgumentException.class, () -> M4Csv.readForecasts(fc, 2), "short row");
    }
}
