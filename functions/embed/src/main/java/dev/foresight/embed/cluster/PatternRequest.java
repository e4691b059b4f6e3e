package dev.foresight.embed.cluster;

import java.util.List;

/**
 * {@code POST /patterns} body; {@code threshold}, the share of a template's constant words a text
 * must repeat to join it, defaults to {@code foresight.embed.patterns.default-threshold}.
 */
public record PatternRequest(List<String> texts, Double threshold) {}
