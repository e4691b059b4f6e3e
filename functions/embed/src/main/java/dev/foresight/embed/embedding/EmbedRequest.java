package dev.foresight.embed.embedding;

import java.util.List;

/** {@code POST /embed} body. */
public record EmbedRequest(List<String> texts) {}
