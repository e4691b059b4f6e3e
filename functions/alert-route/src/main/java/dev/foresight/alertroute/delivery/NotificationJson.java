package dev.foresight.alertroute.delivery;

import dev.foresight.alertroute.dispatch.GroupAlert;
import dev.foresight.alertroute.dispatch.Notification;
import dev.foresight.alertroute.memory.SimilarIncident;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A queued notification as its row keeps it: exactly what the flush decided to tell, so a round
 * made minutes later, or by another instance after a crash, tells the same.
 */
final class NotificationJson {
    private NotificationJson() {}

    static JsonObject encode(Notification n) {
        JsonArray alerts = new JsonArray();
        n.alerts().forEach(a -> alerts.add(new JsonObject().put("id", a.id()).put("fingerprint", a.fingerprint())
                .put("labels", strings(a.labels())).put("annotations", strings(a.annotations()))
                .put("startsAt", a.startsAt().toString()).put("endsAt", a.endsAt().toString())
                .put("generatorUrl", a.generatorUrl())));
        JsonArray similar = new JsonArray();
        n.similarIncidents().forEach(incident -> similar.add(JsonObject.mapFrom(incident)));
        return new JsonObject().put("receiver", n.receiver()).put("groupKey", n.groupKey())
                .put("groupLabels", strings(n.groupLabels())).put("alerts", alerts).put("truncated", n.truncated())
                .put("firing", n.firing()).put("at", n.at().toString()).put("similarIncidents", similar);
    }

    static Notification decode(JsonObject json) {
        List<GroupAlert> alerts = new ArrayList<>();
        json.getJsonArray("alerts").forEach(item -> {
            JsonObject a = (JsonObject) item;
            alerts.add(new GroupAlert(a.getLong("id"), a.getString("fingerprint"), map(a.getJsonObject("labels")),
                    map(a.getJsonObject("annotations")), Instant.parse(a.getString("startsAt")),
                    Instant.parse(a.getString("endsAt")), a.getString("generatorUrl")));
        });
        List<SimilarIncident> similar = new ArrayList<>();
        json.getJsonArray("similarIncidents", new JsonArray())
                .forEach(item -> similar.add(((JsonObject) item).mapTo(SimilarIncident.class)));
        return new Notification(json.getString("receiver"), json.getString("groupKey"), map(json.getJsonObject("groupLabels")),
                List.copyOf(alerts), json.getInteger("truncated"), json.getBoolean("firing"), Instant.parse(json.getString("at")),
                List.copyOf(similar));
    }

    private static JsonObject strings(Map<String, String> map) {
        JsonObject out = new JsonObject();
        map.forEach(out::put);
        return out;
    }

    private static Map<String, String> map(JsonObject json) {
        Map<String, String> out = new LinkedHashMap<>();
        json.forEach(e -> out.put(e.getKey(), String.valueOf(e.getValue())));
        return out;
    }
}
