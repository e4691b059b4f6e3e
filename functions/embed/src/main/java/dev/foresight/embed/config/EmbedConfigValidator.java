package dev.foresight.embed.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The rules {@link EmbedConfig} must satisfy, with messages that quote the offending value. */
public final class EmbedConfigValidator {
    /** A batch's inputs and outputs are held in memory together; past this one request needs far more heap. */
    static final int MAX_BATCH = 1024;

    private EmbedConfigValidator() {}

    public static List<String> problems(EmbedConfig config) {
        List<String> problems = new ArrayList<>();
        if (config.maxTexts() < 1 || config.maxTexts() > MAX_BATCH) {
            problems.add(quoted("max-texts", config.maxTexts(), "must be between 1 and " + MAX_BATCH));
        }
        if (config.maxTextLength() < 1) {
            problems.add(quoted("max-text-length", config.maxTextLength(), "must be at least 1"));
        }
        Duration ttl = config.cacheTtl();
        if (ttl == null || ttl.toMillis() < 1) {
            problems.add(quoted("cache-ttl", ttl, "must be a positive duration"));
        }
        if (config.search().maxK() < 1) {
            problems.add(quoted("search.max-k", config.search().maxK(), "must be at least 1"));
        }
        if (config.search().defaultK() < 1 || config.search().defaultK() > config.search().maxK()) {
            problems.add(quoted("search.default-k", config.search().defaultK(),
                    "must be between 1 and search.max-k (" + config.search().maxK() + ")"));
        }
        if (config.search().candidates() < config.search().maxK()) {
            problems.add(quoted("search.candidates", config.search().candidates(),
                    "must be at least search.max-k (" + config.search().maxK() + ")"));
        }
        if (config.search().fusionK() < 1) {
            problems.add(quoted("search.fusion-k", config.search().fusionK(), "must be at least 1"));
        }
        double threshold = config.patterns().defaultThreshold();
        if (!(threshold > 0 && threshold <= 1)) {
            problems.add(quoted("patterns.default-threshold", threshold, "must be in (0, 1]"));
        }
        if (config.patterns().maxTexts() < 1) {
            problems.add(quoted("patterns.max-texts", config.patterns().maxTexts(), "must be at least 1"));
        }
        return problems;
    }

    private static String quoted(String key, Object value, String rule) {
        return "foresight.embed." + key + " " + rule + ", was \"" + value + "\"";
    }
}
