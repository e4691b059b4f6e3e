package dev.foresight.embed.memory;

import java.util.Map;

/** {@code POST /memories} body: a text to remember, what kind of thing it is, and free-form labels. */
public record NewMemory(String text, String kind, Map<String, Object> metadata) {}
