package dev.foresight.bench.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a small slice of the real NAB data, when it and python3 are present: our scorer agrees with
 * the reference scorer to 0.01 on every profile. Skipped (not failed) elsewhere.
 */
class NabReferenceParityTest {
    private static final Path NAB = Path.of("/work/shared/bench/nab");
    private static final List<String> SLICE = List.of(
            "realAdExchange/exchange-3_cpc_results.csv",
            "realTraffic/speed_7578.csv",
            "artificialWithAnomaly/art_daily_jumpsdown.csv");

    @TempDir
    Path dir;

    @Test
    void agreesWithTheReferenceScorer() throws Exception {
        assumeTrue(Files.isRegularFile(NAB.resolve("nab_score.py")), "NAB data not present");
        assumeTrue(python() != null, "python3 not available");

        Map<String, List<String[]>> all = NabCorpus.readWindows(NAB.resolve("labels/combined_windows.json"));
        Map<String, List<List<String>>> slice = new LinkedHashMap<>();
        for (String name : SLICE) {
            slice.put(name, all.get(name).stream().map(List::of).toList());
        }
        Path labels = dir.resolve("labels.json");
        new ObjectMapper().writeValue(labels.toFile(), slice);

        Path out = dir.resolve("results");
        List<NabLabelledFile> corpus = NabCorpus.load(NAB.resolve("data"), labels);
        List<double[]> scores = new ArrayList<>();
        for (NabLabelledFile f : corpus) {
            NabSeries series = NabSeries.read(NAB.resolve("data").resolve(f.name()), f.name());
            double[] s = NabBench.run(series);
            NabBench.write(out.resolve(f.name()), series, s);
            scores.add(NabCorpus.readScores(out, f, new ArrayList<>()));
        }

        JsonNode reference = reference(out, labels);
        for (NabProfile p : NabProfile.all()) {
            double ours = NabScorer.score(corpus, scores, p).score();
            assertEquals(reference.get("scores").get(p.name()).asDouble(), ours, 0.01, p.name());
        }
    }

    private JsonNode reference(Path out, Path labels) throws IOException, InterruptedException {
        Path json = dir.resolve("reference.json");
        Process process = new ProcessBuilder(python(), NAB.resolve("nab_score.py").toString(), out.toString(),
                "--labels", labels.toString(), "--data-dir", NAB.resolve("data").toString(), "--no-files")
                .redirectOutput(json.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assumeTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "reference scorer did not run");
        return new ObjectMapper().readTree(json.toFile());
    }

    private static String python() {
        for (String candidate : List.of("/usr/bin/python3", "/usr/local/bin/python3")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
