package dev.foresight.bench.nab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a folder of NAB result files with {@link NabScorer} and prints JSON shaped like the
 * reference scorer's summary: {@code --results DIR --labels combined_windows.json [--data DIR]}
 * (the data folder defaults to {@code data/} beside the labels folder).
 */
public final class NabScoreCommand {
    private NabScoreCommand() {
    }

    public static void main(String[] args) throws IOException {
        NabArgs parsed = NabArgs.parse(args, "--results", "--labels");
        Path labels = parsed.path("--labels").toAbsolutePath();
        Path data = Path.of(parsed.get("--data", labels.getParent().resolveSibling("data").toString()));
        Path results = parsed.path("--results");
        List<NabLabelledFile> corpus = NabCorpus.load(data, labels);
        List<String> warnings = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        for (NabLabelledFile f : corpus) {
            scores.add(NabCorpus.readScores(results, f, warnings));
        }
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(summary(results, corpus, scores, warnings)));
    }

    static Map<String, Object> summary(Path results, List<NabLabelledFile> corpus, List<double[]> scores,
                                       List<String> warnings) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("results_dir", results.toAbsolutePath().toString());
        summary.put("files_scored", corpus.size());
        summary.put("windows", corpus.stream().mapToInt(NabLabelledFile::windowCount).sum());
        summary.put("rows", corpus.stream().mapToInt(NabLabelledFile::rows).sum());
        summary.put("warnings", warnings);
        Map<String, Object> profiles = new LinkedHashMap<>();
        Map<String, Object> headline = new LinkedHashMap<>();
        for (NabProfile p : NabProfile.all()) {
            NabScorer.Result r = NabScorer.score(corpus, scores, p);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("score", r.score());
            one.put("raw_score", r.raw());
            one.put("null_raw_score", r.nullRaw());
            one.put("perfect_raw_score", r.perfectRaw());
            one.put("threshold", Double.isNaN(r.threshold()) ? null : r.threshold());
            one.put("threshold_mode", "optimised");
            one.put("cost_matrix", Map.of("tp", p.tp(), "fp", p.fp(), "fn", p.fn()));
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("tp", r.tp());
            totals.put("fp", r.fp());
            totals.put("fn", r.fn());
            totals.put("tn", r.tn());
            totals.put("windows", r.windows());
            totals.put("windows_detected", r.windowsDetected());
            totals.put("windows_missed", r.windows() - r.windowsDetected());
            one.put("totals", totals);
            profiles.put(p.name(), one);
            headline.put(p.name(), r.score());
        }
        summary.put("profiles", profiles);
        summary.put("scores", headline);
        return summary;
    }
}
