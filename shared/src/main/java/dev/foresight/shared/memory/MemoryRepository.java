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
     * The candidates of a hybrid search in one statement: up to {@code perList} nearest by cosine
     * distance (the HNSW index's order) when {@code byVector}, and up to {@code perList} full-text
     * matches of {@code text} ({@code websearch_to_tsquery('english', …)} over the generated
     * {@code text_search} column, its GIN index) ordered by {@code ts_rank_cd} when {@code byText}.
     * Both lists honour {@code filter}. The vector list runs with pgvector's iterative scan, so
     * filtered-out rows or a list longer than {@code hnsw.ef_search} still yield {@code perList}
     * rows; relaxed order is restored by ranking the list on its distances.
     */
    public Uni<List<MemoryCandidate>> candidates(float[] vector, String text, int perList, MemoryFilter filter,
            boolean byVector, boolean byText) {
        List<Object> args = new ArrayList<>(List.of(vectorLiteral(vector), perList));
        String textParam = null;
        if (byText) {
            args.add(text);
            textParam = "$" + args.size();
        }
        String where = filterSql(filter, args);
        String vectorHits = byVector
                ? "SELECT id, row_number() OVER (ORDER BY distance, id) AS vector_rank FROM ("
                        + "SELECT id, embedding <=> $1::vector AS distance FROM memories" + where(where, null)
                        + " ORDER BY embedding <=> $1::vector LIMIT $2) nearest"
                : "SELECT NULL::bigint AS id, NULL::bigint AS vector_rank WHERE false";
        String textHits = byText
                ? "SELECT id, text_score, row_number() OVER (ORDER BY text_score DESC, id) AS text_rank FROM ("
                        + "SELECT id, ts_rank_cd(text_search, query)::float8 AS text_score"
                        + " FROM memories, websearch_to_tsquery('english', " + textParam + ") query"
                        + where(where, "text_search @@ query") + " ORDER BY text_score DESC, id LIMIT $2) matched"
                : "SELECT NULL::bigint AS id, NULL::float8 AS text_score, NULL::bigint AS text_rank WHERE false";
        String sql = "WITH vector_hits AS (" + vectorHits + "), text_hits AS (" + textHits + ")"
                + " SELECT m.id, m.text, m.kind, m.metadata, m.created_at, 1 - (m.embedding <=> $1::vector) AS similarity,"
                + " v.vector_rank, t.text_score, t.text_rank"
                + " FROM vector_hits v FULL JOIN text_hits t ON t.id = v.id JOIN memories m ON m.id = coalesce(v.id, t.id)";
        Tuple tuple = Tuple.from(args);
        if (!byVector) {
            return pool.preparedQuery(sql).execute(tuple).map(MemoryRepository::toCandidates);
        }
        return pool.withTransaction(conn -> conn.query("SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true)")
                .execute()
                .flatMap(ignored -> conn.preparedQuery(sql).execute(tuple))
                .map(MemoryRepository::toCandidates));
    }

    /** The filter's conditions joined by AND (empty when it lets everything through), its values appended to {@code args}. */
    private static String filterSql(MemoryFilter filter, List<Object> args) {
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
        return String.join(" AND ", where);
    }

    private static String where(String filter, String match) {
        if (match == null) {
            return filter.isEmpty() ? "" : " WHERE " + filter;
        }
        return " WHERE " + match + (filter.isEmpty() ? "" : " AND " + filter);
    }

    private static List<MemoryCandidate> toCandidates(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<MemoryCandidate> out = new ArrayList<>();
        for (Row row : rows) {
            Long vectorRank = row.getLong("vector_rank");
            Long textRank = row.getLong("text_rank");
            out.add(new MemoryCandidate(toMemory(row), row.getDouble("similarity"),
                    vectorRank == null ? null : vectorRank.intValue(), row.getDouble("text_score"),
                    textRank == null ? null : textRank.intValue()));
        }
        return out;
    }

    /** Newest first; {@code kind} and {@code service} (the metadata's "service") are null when not filtered. */
    public Uni<List<Memory>> list(String kind, String service, int limit) {
        List<Object> args = new ArrayList<>();
        String where = filterSql(new MemoryFilter(kind, service, null, null), args);
        args.add(limit);
        String sql = "SELECT id, text, kind, metadata, created_at FROM memories" + where(where, null)
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
