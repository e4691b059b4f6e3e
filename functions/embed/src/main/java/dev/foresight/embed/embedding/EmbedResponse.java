package dev.foresight.embed.embedding;

import java.util.List;

/** One unit vector per requested text, in request order. */
public record EmbedResponse(String model, int dimensions, List<float[]> vectors) {}
