package dev.foresight.bench.nab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;

/** One NAB data file: its timestamps as written, as instants, and its values. */
public record NabSeries(String name, List<String> timestamps, long[] epochMillis, double[] values) {

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    public int size() {
        return values.length;
    }

    /** NAB timestamps are naive date-times; they are read as UTC. */
    public static LocalDateTime parseTime(String text) {
        try {
            return LocalDateTime.parse(text.strip().replace('T', ' '), TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable timestamp \"" + text + "\"", e);
        }
    }

    /** Reads a {@code timestamp,value} CSV; {@code name} is its path relative to the data folder. */
    public static NabSeries read(Path file, String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty file");
        }
        String[] header = lines.get(0).split(",");
        int t = column(header, "timestamp", file);
        int v = column(header, "value", file);
        List<String> times = new ArrayList<>(lines.size());
        long[] millis = new long[lines.size() - 1];
        double[] values = new double[lines.size() - 1];
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            if (cells.length <= Math.max(t, v)) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": too few fields");
            }
            times.add(cells[t].strip());
            millis[n] = parseTime(cells[t]).toInstant(ZoneOffset.UTC).toEpochMilli();
            values[n] = Double.parseDouble(cells[v].strip());
            n++;
        }
        return new NabSeries(name, List.copyOf(times),
                java.util.Arrays.copyOf(millis, n), java.util.Arrays.copyOf(values, n));
    }

    static int column(String[] header, String wanted, Path file) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().equals(wanted)) {
                return i;
            }
        }
        throw new IllegalArgumentException(file + ": missing column " + wanted);
    }
}
