package dev.foresight.tokenrefresh.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit log of token events in {@code token_audit}. {@link #record} joins the caller's
 * transaction when there is one, so the entry commits or rolls back with the change it describes.
 */
@ApplicationScoped
public class TokenAudit {
    public static final String GRANT = "grant";
    public static final String REFRESH = "refresh";
    public static final String REUSE_DETECTED = "reuse_detected";
    public static final String REVOCATION = "revocation";
    public static final String LOGOUT = "logout";
    public static final String KEY_ROTATION = "key_rotation";

    private final ObjectMapper json;

    public TokenAudit(ObjectMapper json) {
        this.json = json;
    }

    /** Appends one entry; {@code clientId} may be null, {@code details} must be JSON-serialisable. */
    public Uni<Void> record(String event, String clientId, Map<String, Object> details) {
        String detailsJson;
        try {
            detailsJson = json.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException unserialisable) {
            return Uni.createFrom().failure(new IllegalArgumentException("audit details of " + event + " are not JSON", unserialisable));
        }
        // bound as text and then parsed: a string bound straight to jsonb is stored as a JSON string
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("INSERT INTO token_audit (event, client_id, details) VALUES (?1, ?2, cast(cast(?3 as text) as jsonb))")
                .setParameter(1, event)
                .setParameter(2, clientId)
                .setParameter(3, detailsJson)
                .executeUpdate())).replaceWithVoid();
    }

    /** The newest entries first, filtered by client and event when given. */
    public Uni<List<AuditEntry>> read(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT id, at, event, client_id, details::text FROM token_audit WHERE true");
        List<Object> parameters = new ArrayList<>();
        query.clientId().ifPresent(client -> {
            parameters.add(client);
            sql.append(" AND client_id = ?").append(parameters.size());
        });
        query.event().ifPresent(event -> {
            parameters.add(event);
            sql.append(" AND event = ?").append(parameters.size());
        });
        sql.append(" ORDER BY at DESC, id DESC LIMIT ").append(query.limit());
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> {
            var native_ = session.createNativeQuery(sql.toString(), Object[].class);
            for (int i = 0; i < parameters.size(); i++) {
                native_.setParameter(i + 1, parameters.get(i));
            }
            return native_.getResultList();
        })).map(rows -> rows.stream().map(this::entry).toList());
    }

    private AuditEntry entry(Object[] row) {
        Map<String, Object> details;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = json.readValue((String) row[4], Map.class);
            details = parsed;
        } catch (JsonProcessingException unreadable) {
            details = Map.of();
        }
        OffsetDateTime at = row[1] instanceof OffsetDateTime odt ? odt
                : OffsetDateTime.parse(row[1].toString());
        return new AuditEntry(((Number) row[0]).longValue(), at, (String) row[2], (String) row[3], details);
    }
}
