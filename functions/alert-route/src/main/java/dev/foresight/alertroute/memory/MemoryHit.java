package dev.foresight.alertroute.memory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/** One answer of embed's {@code GET /memories/search} (and, without similarity, of {@code POST /memories}). */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemoryHit(long id, String text, String kind, Map<String, Object> metadata, Double similarity) {}
