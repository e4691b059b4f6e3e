package dev.foresight.embed.cluster;

import java.util.List;

/**
 * Texts that share a template ({@code <*>} for the parts that vary); {@code representative} is the
 * first of {@code members}, in input order.
 */
public record Pattern(String template, String representative, int size, List<String> members) {}
