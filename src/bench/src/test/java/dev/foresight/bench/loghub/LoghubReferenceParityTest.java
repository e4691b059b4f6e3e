package dev.foresight.bench.loghub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the real LogHub dev samples, when they and python3 are present: the bench's output scored by
 * our scorer and by the reference {@code loghub_score.py} agrees on every figure, exactly; and the
 * miner's default settings stay above the goal (Drain with per-system tuned settings, mean GA
 * 0.883). Skipped (not failed) where the data is absent.
 */
class LoghubReferenceParityTest {
    /** The project's shared folder beside the repository (tests run in src/bench). */
    private static final Path LOGHUB = Path.of("../../../shared/bench/loghub").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void agreesWithTheReferenceScorerOnTheBenchOutput() throws Exception {
        assumeTrue(Files.isRegularFile(LOGHUB.resolve("loghub_score.py")), "LogHub data not present");
        assumeTrue(python(), "python3 not available");
        Path data = LOGHUB.resolve("data");
        Path out = dir.resolve("results");
        LoghubBench.main(new String[] {"--data", data.toString(), "--out", out.toString()});

        JsonNode ours = new ObjectMapper().valueToTree(LoghubScoreCommand.summary(out, data));
        JsonNode reference = reference(out);
        assertSame(reference.get("average"), ours.get("average"), "average");
        for (Iterator<Map.Entry<String, JsonNode>> it = reference.get("systems").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> system = it.next();
            assertSame(system.getValue(), ours.get("systems").get(system.getKey()), system.getKey());
        }
        double meanGa = ours.get("average").get("GA").asDouble();
        assertTrue(meanGa > 0.883, "mean GA " + meanGa + " is not above Drain's per-system tuned 0.883");
    }

    private static void assertSame(JsonNode reference, JsonNode ours, String where) {
        for (Iterator<Map.Entry<String, JsonNode>> it = reference.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode mine = ours.get(field.getKey());
            assertEquals(field.getValue().asText(), mine == null ? null : mine.asText(), where + " " + field.getKey());
        }
    }

    private JsonNode reference(Path results) throws Exception {
        Path json = dir.resolve("reference.json");
        Process p = new ProcessBuilder("python3", LOGHUB.resolve("loghub_score.py").toString(), results.toString())
                .redirectOutput(json.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the reference scorer did not finish");
        assertEquals(0, p.exitValue(), "the reference scorer failed");
        return new ObjectMapper().readTree(json.toFile());
    }

    private static boolean python() {
        try {
            Process p = new ProcessBuilder(List.of("python3", "--version")).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
