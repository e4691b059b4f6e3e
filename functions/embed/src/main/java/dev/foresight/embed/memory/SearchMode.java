package dev.foresight.embed.memory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which lists a search ranks by: both fused (the default), the vector side alone, or the full-text side alone. */
public enum SearchMode {
    HYBRID(true, true),
    VECTOR(true, false),
    TEXT(false, true);

    /** "hybrid, vector, text": the values a request may give, for the rule a bad one breaks. */
    public static final String ALLOWED = Arrays.stream(values()).map(SearchMode::wireName).collect(Collectors.joining(", "));

    private final boolean byVector;
    private final boolean byText;

    SearchMode(boolean byVector, boolean byText) {
        this.byVector = byVector;
        this.byText = byText;
    }

    public boolean byVector() {
        return byVector;
    }

    public boolean byText() {
        return byText;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named exactly (lower case) by {@code value}, or empty. */
    public static Optional<SearchMode> named(String value) {
        return Arrays.stream(values()).filter(mode -> mode.wireName().equals(value)).findFirst();
    }
}
