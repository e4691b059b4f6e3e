package dev.foresight.shared.apikey;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Use counts and last use of key versions. A request only adds to an in-memory tally; every
 * {@code usage-flush-interval} one UPDATE adds the tallies of all versions used since, so counting
 * costs no request a database round trip. A crash loses at most one interval of counts.
 */
@ApplicationScoped
public class ApiKeyUsage {
    private static final Logger LOG = Logger.getLogger(ApiKeyUsage.class);
    private static final String ADD = "UPDATE api_key_versions v SET use_count = v.use_count + u.n, "
            + "last_used_at = GREATEST(v.last_used_at, u.at) "
            + "FROM (SELECT unnest($1::bigint[]) AS id, unnest($2::bigint[]) AS n, unnest($3::timestamptz[]) AS at) u "
            + "WHERE v.id = u.id";

    private record Tally(long count, Instant last) {
        Tally plus(Instant at) {
            return new Tally(count + 1, at.isAfter(last) ? at : last);
        }
    }

    private final Map<Long, Tally> pending = new ConcurrentHashMap<>();
    private final Pool pool;
    private final Vertx vertx;
    private final Duration interval;

    public ApiKeyUsage(Pool pool, Vertx vertx, ApiKeyConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.interval = config.usageFlushInterval();
    }

    public void record(long versionId, Instant at) {
        pending.merge(versionId, new Tally(1, at), (old, one) -> old.plus(at));
    }

    void start(@Observes StartupEvent started) {
        vertx.setPeriodic(interval.toMillis(), id -> flush().subscribe().with(
                n -> { }, failure -> LOG.warnf("API key usage not written yet: %s", failure.toString())));
    }

    void stop(@Observes ShutdownEvent stopping) {
        try {
            flush().await().atMost(Duration.ofSeconds(2));
        } catch (RuntimeException e) {
            LOG.warnf("API key usage of the last %s lost: %s", interval, e.toString());
        }
    }

    /** Writes and clears the tallies; the number of versions updated. Failed tallies are kept for the next try. */
    public Uni<Integer> flush() {
        List<Long> ids = new ArrayList<>(pending.keySet());
        if (ids.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Tally> taken = new ArrayList<>();
        List<Long> takenIds = new ArrayList<>();
        for (Long id : ids) {
            Tally t = pending.remove(id);
            if (t != null) {
                takenIds.add(id);
                taken.add(t);
            }
        }
        Long[] counts = taken.stream().map(Tally::count).toArray(Long[]::new);
        OffsetDateTime[] lasts = taken.stream().map(t -> t.last().atOffset(ZoneOffset.UTC)).toArray(OffsetDateTime[]::new);
        return pool.preparedQuery(ADD).execute(Tuple.of(takenIds.toArray(Long[]::new), counts, lasts))
                .map(rows -> rows.rowCount())
                .onFailure().invoke(failure -> {
                    for (int i = 0; i < takenIds.size(); i++) {
                        Tally back = taken.get(i);
                        pending.merge(takenIds.get(i), back,
                                (a, b) -> new Tally(a.count() + b.count(), a.last().isAfter(b.last()) ? a.last() : b.last()));
                    }
                });
    }
}
