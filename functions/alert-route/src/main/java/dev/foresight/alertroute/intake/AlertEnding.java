package dev.foresight.alertroute.intake;

import dev.foresight.alertroute.alert.AlertRows;
import dev.foresight.alertroute.alert.AlertView;
import dev.foresight.alertroute.receiver.stream.AlertEvents;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How alerts end: by an operator's resolve, or when their end time passes (the sender's
 * {@code endsAt}, or the resolve timeout after they were last posted). Either way one conditional
 * update ends an alert once; its groups tell the receivers that heard it fire at their next flush.
 */
@ApplicationScoped
public class AlertEnding {
    private final Pool db;
    private final AlertEvents events;

    public AlertEnding(Pool db, AlertEvents events) {
        this.db = db;
        this.events = events;
    }

    /**
     * Resolves alert {@code id} now (404 if absent), keeping the resolver's {@code note} (may be
     * null) as how it was resolved; resolving twice keeps the first resolution and its note.
     */
    public Uni<AlertView> resolve(long id, String note) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return db.preparedQuery("update alerts set status = 'resolved', resolved_at = $2, ends_at = $2, updated_at = $2, "
                        + "resolution_note = $3 where id = $1 and status <> 'resolved' returning " + AlertRows.COLUMNS)
                .execute(Tuple.of(id, AlertIntake.utc(now), note))
                .chain(rows -> {
                    if (rows.size() == 1) {
                        AlertView ended = AlertRows.view(rows.iterator().next());
                        events.publish(ended);
                        return Uni.createFrom().item(ended);
                    }
                    return db.preparedQuery("select " + AlertRows.COLUMNS + " from alerts where id = $1").execute(Tuple.of(id))
                            .map(found -> {
                                if (found.size() == 0) {
                                    throw ProblemException.notFound("alert " + id + " does not exist");
                                }
                                return AlertRows.view(found.iterator().next());
                            });
                });
    }

    /** Marks the alerts whose end time has passed as resolved, and tells the streams. */
    @Scheduled(every = "${foresight.alert-route.resolve.check-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return db.query("update alerts set status = 'resolved', resolved_at = ends_at where status <> 'resolved' "
                        + "and ends_at <= now() returning " + AlertRows.COLUMNS)
                .execute()
                .invoke(rows -> rows.forEach(row -> events.publish(AlertRows.view(row))))
                .replaceWithVoid();
    }
}
