package dev.foresight.bench.loghub;

import dev.foresight.embed.pattern.MinerSettings;
import dev.foresight.embed.pattern.TemplateMiner;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code foresight bench loghub --data DIR --out DIR}: feeds every system's messages, in LineId
 * order and one at a time, to the product's {@link TemplateMiner} with its one default setting, and
 * writes {@code OUT/<System>.csv} ({@code LineId,ClusterId}). Reads only the {@code Content} column.
 */
public final class LoghubBench {
    private LoghubBench() {
    }

    public static void main(String[] args) throws IOException {
        LoghubArgs parsed = LoghubArgs.parse(args, "--data", "--out");
        Path data = parsed.path("--data");
        Path out = parsed.path("--out");
        Files.createDirectories(out);
        List<String> systems = LoghubSample.systems(data);
        if (systems.isEmpty()) {
            throw new IllegalArgumentException("no <System>/<System>_2k.log_structured.csv under " + data);
        }
        for (String system : systems) {
            LoghubSample sample = LoghubSample.read(data, system);
            long start = System.nanoTime();
            List<String> clusters = run(sample.contents(), MinerSettings.DEFAULT);
            double seconds = (System.nanoTime() - start) / 1e9;
            write(out.resolve(system + ".csv"), sample.lineIds(), clusters);
            System.out.printf("%-10s %5d messages -> %4d patterns (%.0f ms)%n", system, clusters.size(),
                    clusters.stream().distinct().count(), seconds * 1000);
        }
    }

    /** The pattern of each message, in input order, as the miner files them one at a time. */
    public static List<String> run(List<String> messages, MinerSettings settings) {
        TemplateMiner miner = new TemplateMiner(settings);
        List<Integer> ids = new ArrayList<>(messages.size());
        for (String message : messages) {
            ids.add(miner.add(message).id());
        }
        // patterns may merge after a message was filed: report where each one ended up
        return ids.stream().map(id -> "P" + miner.current(id)).toList();
    }

    static void write(Path file, List<Integer> lineIds, List<String> clusters) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("LineId,ClusterId\n");
            for (int i = 0; i < lineIds.size(); i++) {
                w.write(lineIds.get(i) + "," + clusters.get(i) + "\n");
            }
        }
    }
}
