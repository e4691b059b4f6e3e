package dev.foresight.alertroute.alert;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

/** Reads an {@code alerts} row fetched with plain SQL, so the SQL paths answer what the entity paths answer. */
public final class AlertRows {
    public static final String COLUMNS = "id, fingerprint, type, service, severity, status, summary, labels, confidence, "
            + "time_to_failure_s, occurrences, starts_at, last_seen_at, acknowledged_by, acknowledged_at, resolved_at, "
            + "annotations, ends_at, generator_url";

    private AlertRows() {}

    public static AlertView view(Row row) {
        return new AlertView(row.getLong("id"), row.getString("fingerprint"), row.getString("type"),
                row.getString("service"), row.getString("severity"), row.getString("status"), row.getString("summary"),
                strings(row.getJsonObject("labels")), row.getDouble("confidence"), row.getDouble("time_to_failure_s"),
                row.getInteger("occurrences"), instant(row.getOffsetDateTime("starts_at")),
                instant(row.getOffsetDateTime("last_seen_at")), row.getString("acknowledged_by"),
                instant(row.getOffsetDateTime("acknowledged_at")), instant(row.getOffsetDateTime("resolved_at")),
                strings(row.getJsonObject("annotations")), instant(row.getOffsetDateTime("ends_at")),
                row.getString("generator_url"), null, null);
    }

    public static Map<String, String> strings(JsonObject json) {
        Map<String, String> out = new TreeMap<>();
        if (json != null) {
            json.forEach(entry -> out.put(entry.getKey(), String.valueOf(entry.getValue())));
        }
        return out;
    }

    public static JsonObject json(Map<String, String> map) {
        return new JsonObject(new java.util.LinkedHashMap<>(map));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
