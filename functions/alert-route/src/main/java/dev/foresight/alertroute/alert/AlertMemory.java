package dev.foresight.alertroute.alert;

import dev.foresight.alertroute.memory.SimilarIncident;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** What an alert's page adds from incident memory: the resolver's note and the similar incidents its notification carried. */
@ApplicationScoped
public class AlertMemory {
    /** {@code similarIncidents} null when no notification carried any. */
    public record Remembered(String resolutionNote, List<SimilarIncident> similarIncidents) {}

    private final Pool db;

    public AlertMemory(Pool db) {
        this.db = db;
    }

    public Uni<Remembered> of(long alertId) {
        return db.preparedQuery("select resolution_note, similar_incidents from alerts where id = $1").execute(Tuple.of(alertId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return new Remembered(null, null);
                    }
                    var row = rows.iterator().next();
                    Object stored = row.getValue("similar_incidents");
                    List<SimilarIncident> similar = null;
                    if (stored instanceof JsonArray array) {
                        similar = new ArrayList<>();
                        for (Object item : array) {
                            similar.add(((JsonObject) item).mapTo(SimilarIncident.class));
                        }
                    }
                    return new Remembered(row.getString("resolution_note"), similar);
                });
    }
}
