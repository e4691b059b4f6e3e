package dev.foresight.embed.cluster;

import java.util.List;

/** {@code POST /patterns} body; {@code threshold} defaults to {@code foresight.embed.patterns.default-threshold}. */
public record PatternRequest(List<String> texts, Double threshold) {}
