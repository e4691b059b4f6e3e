package dev.foresight.shared.memory;

import java.time.OffsetDateTime;
import java.util.Map;

/** A remembered text (an incident, an alert, a decision) without its vector. */
public record Memory(long id, String text, String kind, Map<String, Object> metadata, OffsetDateTime createdAt) {}
