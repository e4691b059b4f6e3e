package dev.foresight.shared.memory;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Memories with their pgvector embeddings. Plain SQL through the reactive pool: Hibernate has no
 * mapping for {@code vector}, and the nearest-neighbour query must use the HNSW index's operator.
 */
@ApplicationScoped
public class MemoryRepository {
    private final Pool pool;

    public MemoryRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Memory> insert(String text, String kind, Map<String, Object> metadata, float[] embedding) {
        return pool.preparedQuery("INSERT INTO memories (text, kind, metadata, embedding) VALUES ($1, $2, $3, $4::vector)"
                        + " RETURNING id, text, kind, metadata, created_at")
                .execute(Tuple.of(text, kind, new JsonObject(metadata), vectorLiteral(embedding)))
                .map(rows -> toMemory(rows.iterator().next()));
    }

    /**
     * The {@code k} memories nearest to {@code query} by cosine distance among those {@code filter}
     * lets through. With a filter the HNSW scan continues past filtered-out rows (pgvector's
     * iterative scan), so a rare kind or service still yields k results.
     */
    public Uni<List<ScoredMemory>> nearest(float[] query, int k, MemoryFilter filter) {
        List<Object> args = new ArrayList<>(List.of(vectorLiteral(query), k));
        List<String> where = new ArrayList<>();
        if (filter.kind() != null) {
            args.add(filter.kind());
            where.add("kind = $" + args.size());
        }
        if (filter.service() != null) {
            args.add(filter.service());
            where.add("metadata->>'service' = $" + args.size());
        }
        if (filter.since() != null) {
            args.add(java.time.OffsetDateTime.ofInstant(filter.since(), java.time.ZoneOffset.UTC));
            where.add("created_at >= $" + args.size());
        }
        if (filter.until() != null) {
            args.add(java.time.OffsetDateTime.ofInstant(filter.until(), java.time.ZoneOffset.UTC));
            where.add("created_at < $" + args.size());
        }
        String sql = "SELECT id, text, kind, metadata, created_at, 1 - (embedding <=> $1::vector) AS similarity"
                + " FROM memories" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY embedding <=> $1::vector LIMIT $2";
        Tuple tuple = Tuple.from(args);
        if (!filter.any()) {
            return pool.preparedQuery(sql).execute(tuple).map(MemoryRepository::toScored);
        }
        return pool.withTransaction(conn -> conn.query("SET LOCAL hnsw.iterative_scan = relaxed_order").execute()
                .flatMap(ignored -> conn.preparedQuery(sql).execute(tuple))
                .map(MemoryRepository::toScored));
    }

    private static List<ScoredMemory> toScored(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<ScoredMemory> out = new ArrayList<>();
        for (Row row : rows) {
            out.add(new ScoredMemory(toMemory(row), row.getDouble("similarity")));
        }
        return out;
    }

    /** Newest first; {@code kind} and {@code service} (the metadata's "service") are null when not filtered. */
    public Uni<List<Memory>> list(String kind, String service, int limit) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (kind != null) {
            args.add(kind);
            where.add("kind = $" + args.size());
        }
        if (service != null) {
            args.add(service);
            where.add("metadata->>'service' = $" + args.size());
        }
        args.add(limit);
        String sql = "SELECT id, text, kind, metadata, created_at FROM memories"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY created_at DESC, id DESC LIMIT $" + args.size();
        return pool.preparedQuery(sql).execute(Tuple.from(args)).map(MemoryRepository::toMemories);
    }

    /** The memory, or null. */
    public Uni<Memory> find(long id) {
        return pool.preparedQuery("SELECT id, text, kind, metadata, created_at FROM memories WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? toMemory(rows.iterator().next()) : null);
    }

    /** Replaces text, kind, metadata and vector; null when there is no such memory. */
    public Uni<Memory> update(long id, String text, String kind, Map<String, Object> metadata, float[] embedding) {
        return pool.preparedQuery("UPDATE memories SET text = $2, kind = $3, metadata = $4, embedding = $5::vector"
                        + " WHERE id = $1 RETURNING id, text, kind, metadata, created_at")
                .execute(Tuple.of(id, text, kind, new JsonObject(metadata), vectorLiteral(embedding)))
                .map(rows -> rows.iterator().hasNext() ? toMemory(rows.iterator().next()) : null);
    }

    /** False when there was no such memory. */
    public Uni<Boolean> delete(long id) {
        return pool.preparedQuery("DELETE FROM memories WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.rowCount() == 1);
    }

    private static List<Memory> toMemories(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<Memory> out = new ArrayList<>();
        for (Row row : rows) {
            out.add(toMemory(row));
        }
        return out;
    }

    public Uni<Long> count() {
        return pool.query("SELECT count(*) FROM memories").execute().map(rows -> rows.iterator().next().getLong(0));
    }

    static String vectorLiteral(float[] v) {
        StringBuilder sb = new StringBuilder(v.length * 10).append('[');
        for (int i = 0; i < v.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(v[i]);
        }
        return sb.append(']').toString();
    }

    private static Memory toMemory(Row row) {
        JsonObject metadata = row.getJsonObject("metadata");
        return new Memory(row.getLong("id"), row.getString("text"), row.getString("kind"),
                metadata == null ? Map.of() : metadata.getMap(), row.getOffsetDateTime("created_at"));
    }
}
