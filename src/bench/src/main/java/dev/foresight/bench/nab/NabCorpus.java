package dev.foresight.bench.nab;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The labelled files named in {@code combined_windows.json}, read against the data folder. */
public final class NabCorpus {
    private NabCorpus() {
    }

    /** Window labels per relative path, each window as {start, end} timestamps, sorted by path. */
    public static Map<String, List<String[]>> readWindows(Path labels) throws IOException {
        Map<String, List<List<String>>> raw = new ObjectMapper()
                .readValue(labels.toFile(), new TypeReference<Map<String, List<List<String>>>>() { });
        Map<String, List<String[]>> windows = new TreeMap<>();
        raw.forEach((name, list) -> {
            List<String[]> pairs = new ArrayList<>();
            for (List<String> w : list) {
                if (w.size() != 2) {
                    throw new IllegalArgumentException(name + ": a window needs [start, end], got " + w);
                }
                pairs.add(new String[] {w.get(0), w.get(1)});
            }
            windows.put(name, pairs);
        });
        return windows;
    }

    public static List<NabLabelledFile> load(Path data, Path labels) throws IOException {
        List<NabLabelledFile> corpus = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : readWindows(labels).entrySet()) {
            NabSeries series = NabSeries.read(data.resolve(e.getKey()), e.getKey());
            corpus.add(new NabLabelledFile(e.getKey(), series.timestamps(), e.getValue()));
        }
        return corpus;
    }

    /** The anomaly_score column of a result file, checked against the labelled file's rows. */
    public static double[] readScores(Path results, NabLabelledFile file, List<String> warnings) throws IOException {
        Path path = results.resolve(file.name());
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("no result file for " + file.name() + " (looked for " + path + ")");
        }
        List<String> lines = Files.readAllLines(path);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(path + ": empty file");
        }
        int column = NabSeries.column(lines.get(0).split(","), "anomaly_score", path);
        double[] scores = new double[lines.size() - 1];
        int n = 0;
        int outside = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            String[] cells = lines.get(i).split(",");
            double s;
            try {
                s = Double.parseDouble(cells[column].strip());
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                s = Double.NaN;
            }
            if (Double.isNaN(s)) {
                throw new IllegalArgumentException(path + " row " + i + ": anomaly_score is not a number");
            }
            outside += s < 0 || s > 1 ? 1 : 0;
            scores[n++] = s;
        }
        if (n != file.rows()) {
            throw new IllegalArgumentException(path + ": " + n + " rows, but the data file has " + file.rows());
        }
        if (outside > 0) {
            warnings.add(file.name() + ": " + outside + " anomaly scores outside [0, 1]");
        }
        return java.util.Arrays.copyOf(scores, n);
    }
}
