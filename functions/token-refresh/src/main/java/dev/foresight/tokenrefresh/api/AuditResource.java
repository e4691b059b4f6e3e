package dev.foresight.tokenrefresh.api;

import dev.foresight.tokenrefresh.audit.AuditEntry;
import dev.foresight.tokenrefresh.audit.AuditQuery;
import dev.foresight.tokenrefresh.audit.TokenAudit;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code GET /audit?limit=&client=&event=}: the token audit log, newest first; needs {@code clients:admin}. */
@Path("/audit")
public class AuditResource {
    private final TokenAudit audit;

    public AuditResource(TokenAudit audit) {
        this.audit = audit;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<List<AuditEntry>> read(@RestQuery String limit, @RestQuery String client, @RestQuery String event) {
        return Uni.createFrom().deferred(() -> audit.read(AuditQuery.of(limit, client, event)));
    }
}
