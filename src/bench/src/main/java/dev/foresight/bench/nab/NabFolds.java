package dev.foresight.bench.nab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixed two-fold split of the NAB corpus used for cross-validation: by file (a file's rows
 * never sit in both folds), stratified by category. The split is committed
 * ({@code nab-folds.csv} beside this class) so every run and every reader sees the same folds.
 *
 * @param foldOf fold name ({@code A} or {@code B}) per relative path {@code category/file.csv}
 */
public record NabFolds(Map<String, String> foldOf) {
    public static final List<String> NAMES = List.of("A", "B");
    private static final String RESOURCE = "nab-folds.csv";

    public NabFolds {
        foldOf = Map.copyOf(foldOf);
        for (Map.Entry<String, String> e : foldOf.entrySet()) {
            if (!NAMES.contains(e.getValue())) {
                throw new IllegalArgumentException("file \"" + e.getKey() + "\" is in fold \"" + e.getValue()
                        + "\"; folds are " + NAMES);
            }
        }
    }

    /**
     * The rule that produced the committed split: files sorted by path (so grouped by category)
     * take folds A, B, A, B, ... in turn, which halves every category to within one file and
     * the corpus to within one file.
     */
    public static NabFolds stratified(List<String> files) {
        Map<String, String> folds = new TreeMap<>();
        List<String> sorted = files.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            folds.put(sorted.get(i), NAMES.get(i % 2));
        }
        return new NabFolds(folds);
    }

    /** The committed split. */
    public static NabFolds committed() {
        try (InputStream in = NabFolds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the bench jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NabFolds read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    static NabFolds parse(String text, String source) {
        Map<String, String> folds = new LinkedHashMap<>();
        boolean header = true;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (header) {
                if (!l.equals("file,fold")) {
                    throw new IllegalArgumentException(source + ": header must be \"file,fold\", got \"" + l + "\"");
                }
                header = false;
                continue;
            }
            String[] cells = l.split(",");
            if (cells.length != 2 || folds.put(cells[0].strip(), cells[1].strip()) != null) {
                throw new IllegalArgumentException(source + ": bad or repeated row \"" + l + "\"");
            }
        }
        return new NabFolds(folds);
    }

    /** The fold of a file; a file the split does not name is an error, never silently placed. */
    public String of(String file) {
        String fold = foldOf.get(file);
        if (fold == null) {
            throw new IllegalArgumentException("file \"" + file + "\" is in no fold of the split");
        }
        return fold;
    }

    /** Indices into {@code corpus} of the files in {@code fold}. */
    public List<Integer> indices(List<NabLabelledFile> corpus, String fold) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            if (of(corpus.get(i).name()).equals(fold)) {
                in.add(i);
            }
        }
        return in;
    }

    /** The other fold. */
    public static String other(String fold) {
        return fold.equals(NAMES.get(0)) ? NAMES.get(1) : NAMES.get(0);
    }
}
