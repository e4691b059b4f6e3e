package dev.foresight.bench.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness end to end on a made-up corpus: a spike inside a labelled window. */
class NabBenchTest {
    private static final int ROWS = 1200;
    private static final LocalDateTime T0 = LocalDateTime.of(2024, 3, 1, 0, 0);

    @TempDir
    Path dir;

    private static String time(int row) {
        return T0.plusMinutes(5L * row).toString().replace('T', ' ') + ":00";
    }

    private Path writeCorpus() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("synthetic"));
        StringBuilder csv = new StringBuilder("timestamp,value\n");
        for (int i = 0; i < ROWS; i++) {
            double v = 40 + 5 * Math.sin(2 * Math.PI * i / 288.0) + ((i * 7919) % 13) / 13.0;
            csv.append(time(i)).append(',').append(i == 900 ? 400 : v).append('\n');
        }
        Files.writeString(data.resolve("synthetic/spike.csv"), csv);
        Path labels = dir.resolve("labels/combined_windows.json");
        Files.createDirectories(labels.getParent());
        Files.writeString(labels, "{\"synthetic/spike.csv\": [[\"" + time(860) + ".000000\", \"" + time(940)
                + ".000000\"]]}");
        return data;
    }

    @Test
    void writesOneScoredRowPerDataRowAndScoresTheSpike() throws IOException {
        Path data = writeCorpus();
        Path out = dir.resolve("results");
        NabBench.main(new String[] {"--data", data.toString(), "--out", out.toString()});

        List<String> lines = Files.readAllLines(out.resolve("synthetic/spike.csv"));
        assertEquals("timestamp,value,anomaly_score", lines.get(0));
        assertEquals(ROWS + 1, lines.size());
        assertTrue(lines.get(1).startsWith(time(0) + ","));
        double spike = Double.parseDouble(lines.get(901).split(",")[2]);
        assertTrue(spike > 0.6, "spike scored " + spike);

        Path labels = dir.resolve("labels/combined_windows.json");
        List<NabLabelledFile> corpus = NabCorpus.load(data, labels);
        List<String> warnings = new ArrayList<>();
        List<double[]> scores = List.of(NabCorpus.readScores(out, corpus.get(0), warnings));
        Map<String, Object> summary = NabScoreCommand.summary(out, corpus, scores, warnings);
        JsonNode json = new ObjectMapper().valueToTree(summary);
        assertEquals(1, json.get("windows").asInt());
        assertTrue(warnings.isEmpty(), warnings.toString());
        for (NabProfile p : NabProfile.all()) {
            double score = json.get("scores").get(p.name()).asDouble();
            assertTrue(score > 80, p.name() + " scored " + score);
        }
    }

    @Test
    void missingOptionsAreNamed() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NabBench.main(new String[] {"--data", dir.toString()}));
        assertTrue(e.getMessage().contains("--out"), e.getMessage());
    }
}
