package dev.foresight.bench.m4;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads and writes the M4 CSV layout: a row per series, the id first, then the values. */
public final class M4Csv {

    /** One row of an M4 file. */
    public record Row(String id, double[] values) {
    }

    private M4Csv() {
    }

    /**
     * Reads an M4 data file (header row, quoted id, values left-aligned and padded with empty
     * cells or {@code NA}). Values stop at the first empty cell, as the series are left-aligned.
     */
    public static List<Row> readSeries(Path file) {
        List<Row> rows = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = split(lines.get(i));
            if (cells.length == 0 || cells.length == 1 && cells[0].isEmpty()) {
                continue;
            }
            double[] values = new double[cells.length - 1];
            int n = 0;
            for (int c = 1; c < cells.length; c++) {
                if (cells[c].isEmpty() || cells[c].equalsIgnoreCase("NA")) {
                    break;
                }
                values[n++] = Double.parseDouble(cells[c]);
            }
            rows.add(new Row(cells[0], java.util.Arrays.copyOf(values, n)));
        }
        return rows;
    }

    /**
     * Reads a forecast file: id then exactly {@code horizon} finite numbers; a first row whose
     * cells are not all numbers is a header. Duplicate ids and wrong lengths are errors.
     */
    public static Map<String, double[]> readForecasts(Path file, int horizon) {
        Map<String, double[]> out = new LinkedHashMap<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = split(lines.get(i));
            int last = cells.length;
            while (last > 1 && cells[last - 1].isEmpty()) {
                last--;
            }
            if (last <= 1 && cells[0].isEmpty()) {
                continue;
            }
            if (i == 0 && !allNumbers(cells, last)) {
                continue;
            }
            if (last - 1 != horizon) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s line %d (%s): expected %d values, got %d", file, i + 1, cells[0], horizon, last - 1));
            }
            double[] values = new double[horizon];
            for (int c = 1; c < last; c++) {
                double v = Double.parseDouble(cells[c]);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "%s line %d (%s): non-finite value \"%s\"", file, i + 1, cells[0], cells[c]));
                }
                values[c - 1] = v;
            }
            if (out.put(cells[0], values) != null) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s line %d: duplicate id \"%s\"", file, i + 1, cells[0]));
            }
        }
        return out;
    }

    /** Writes rows in the layout of {@code Hourly-test.csv}: header "V1".."V(h+1)", quoted id. */
    public static void write(Path file, List<Row> rows, int horizon) {
        StringBuilder sb = new StringBuilder();
        for (int c = 1; c <= horizon + 1; c++) {
            sb.append(c > 1 ? "," : "").append("\"V").append(c).append('"');
        }
        sb.append('\n');
        for (Row row : rows) {
            sb.append('"').append(row.id()).append('"');
            for (double v : row.values()) {
                sb.append(',').append(format(v));
            }
            sb.append('\n');
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static boolean allNumbers(String[] cells, int last) {
        for (int c = 1; c < last; c++) {
            try {
                Double.parseDouble(cells[c]);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a CSV line; cells are trimmed and surrounding double quotes removed. */
    static String[] split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                cells.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        cells.add(cur.toString().trim());
        return cells.toArray(String[]::new);
    }
}
