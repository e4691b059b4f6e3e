package dev.foresight.bench.loghub;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One system's labelled sample, {@code DIR/<System>/<System>_2k.log_structured.csv}: the messages
 * ({@code Content}) by LineId and, when the file has them, their EventIds. A method reads only the
 * messages; the EventIds are for scoring.
 */
public record LoghubSample(String system, List<Integer> lineIds, List<String> contents, List<String> events) {
    public LoghubSample {
        lineIds = List.copyOf(lineIds);
        contents = List.copyOf(contents);
        events = List.copyOf(events);
    }

    public static Path file(Path data, String system) {
        return data.resolve(system).resolve(system + "_2k.log_structured.csv");
    }

    /** The systems under {@code data}: each folder holding its structured sample, by name. */
    public static List<String> systems(Path data) throws IOException {
        try (var folders = Files.list(data)) {
            return folders.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(s -> Files.isRegularFile(file(data, s)))
                    .sorted()
                    .toList();
        }
    }

    public static LoghubSample read(Path data, String system) throws IOException {
        Path path = file(data, system);
        List<Integer> ids = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        List<String> events = new ArrayList<>();
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // as Python's utf-8-sig
        }
        try (Reader in = new StringReader(text)) {
            var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
            boolean labelled = records.getHeaderMap().containsKey("EventId");
            for (String column : List.of("LineId", "Content")) {
                if (!records.getHeaderMap().containsKey(column)) {
                    throw new IOException(path + ": missing column " + column);
                }
            }
            for (CSVRecord row : records) {
                ids.add(Integer.parseInt(row.get("LineId").strip()));
                contents.add(row.get("Content"));
                if (labelled) {
                    events.add(row.get("EventId"));
                }
            }
        }
        return new LoghubSample(system, ids, contents, events);
    }
}
