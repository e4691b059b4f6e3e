package dev.foresight.embed.cluster;

import java.util.List;

/** A group of texts that say the same thing; {@code representative} is one of {@code members}. */
public record Pattern(String representative, int size, List<String> members) {}
