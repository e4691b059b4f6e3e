package dev.foresight.alertroute.amconfig;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Every accepted configuration, in PostgreSQL; the newest version is the one every instance runs. */
@ApplicationScoped
public class ConfigVersions {
    private final Pool db;

    public ConfigVersions(Pool db) {
        this.db = db;
    }

    /** A stored configuration; listings leave its text out (empty, and not written). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    public record Version(long version, String origin, Instant loadedAt, String source) {}

    public Uni<Optional<Version>> latest() {
        return db.query("select version, origin, loaded_at, source from alertmanager_configs order by version desc limit 1")
                .execute().map(rows -> StreamSupport.stream(rows.spliterator(), false).findFirst().map(ConfigVersions::version));
    }

    public Uni<Optional<Version>> find(long version) {
        return db.preparedQuery("select version, origin, loaded_at, source from alertmanager_configs where version = $1")
                .execute(Tuple.of(version))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).findFirst().map(ConfigVersions::version));
    }

    /** Newest first, without their text. */
    public Uni<List<Version>> list(int limit) {
        return db.preparedQuery("select version, origin, loaded_at, '' as source from alertmanager_configs order by version desc limit $1")
                .execute(Tuple.of(limit))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(ConfigVersions::version).toList());
    }

    /** Stores {@code source} as a new version unless it is already the newest; answers the newest. */
    public Uni<Version> store(String source, String origin) {
        return latest().chain(latest -> {
            if (latest.isPresent() && latest.get().source().equals(source)) {
                return Uni.createFrom().item(latest.get());
            }
            return db.preparedQuery("insert into alertmanager_configs (source, origin) values ($1, $2) "
                            + "returning version, origin, loaded_at, source")
                    .execute(Tuple.of(source, origin))
                    .map(rows -> version(rows.iterator().next()));
        });
    }

    private static Version version(Row row) {
        return new Version(row.getLong("version"), row.getString("origin"),
                row.getOffsetDateTime("loaded_at").toInstant(), row.getString("source"));
    }
}
