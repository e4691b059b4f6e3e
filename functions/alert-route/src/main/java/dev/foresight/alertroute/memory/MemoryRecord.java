package dev.foresight.alertroute.memory;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/** embed's {@code POST /memories} body: the text to remember, its kind, and filterable metadata. */
@RegisterForReflection
public record MemoryRecord(String text, String kind, Map<String, Object> metadata) {}
