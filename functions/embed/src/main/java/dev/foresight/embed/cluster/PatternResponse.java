package dev.foresight.embed.cluster;

import java.util.List;

/** The patterns found, largest first, and the threshold that formed them. */
public record PatternResponse(double threshold, List<Pattern> patterns) {}
