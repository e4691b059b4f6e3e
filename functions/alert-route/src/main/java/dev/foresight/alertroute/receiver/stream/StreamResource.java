package dev.foresight.alertroute.receiver.stream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code GET /stream/{sessionId}?severity=critical,high&service=x}: alerts as server-sent events,
 * each with its log id as {@code id:}; a client that reconnects with {@code Last-Event-ID} (or
 * {@code ?lastEventId=}) first receives what it missed. The stream lasts until the access token
 * that opened it expires or is revoked ({@code event: end}, data {@code {"reason":"token_expired"}}
 * or {@code token_revoked}). {@code GET /stream/{sessionId}/status} tells a session's state.
 */
@Path("/stream")
public class StreamResource {
    private final StreamService streams;
    private final JsonWebToken token;

    public StreamResource(StreamService streams, JsonWebToken token) {
        this.streams = streams;
        this.token = token;
    }

    @GET
    @Path("/{sessionId}")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> open(@PathParam("sessionId") String sessionId, @QueryParam("severity") String severity,
            @QueryParam("service") String service, @HeaderParam("Last-Event-ID") String lastEventId,
            @QueryParam("lastEventId") String lastEventIdParam, @Context Sse sse) {
        return streams.open(sessionId, severity, service, new StreamService.LastEventId(lastEventId, lastEventIdParam),
                streamToken()).map(event -> toSse(sse, event));
    }

    @GET
    @Path("/{sessionId}/status")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<SessionStatus> status(@PathParam("sessionId") String sessionId) {
        return streams.status(sessionId, streamToken());
    }

    /** Read while the request is current: the stream outlives the request scope. */
    private StreamToken streamToken() {
        if (token == null || token.getRawToken() == null) {
            return StreamToken.none();
        }
        String clientId = token.containsClaim("client_id") ? token.getClaim("client_id").toString() : token.getSubject();
        Instant issued = token.getIssuedAtTime() > 0 ? Instant.ofEpochSecond(token.getIssuedAtTime()) : null;
        Optional<Instant> expires = token.getExpirationTime() > 0
                ? Optional.of(Instant.ofEpochSecond(token.getExpirationTime())) : Optional.empty();
        return new StreamToken(clientId, token.getTokenID(), issued, expires);
    }

    private static OutboundSseEvent toSse(Sse sse, StreamEvent event) {
        if (event instanceof StreamEvent.Alert a) {
            return sse.newEventBuilder().name("alert").id(a.id().toString())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(a.alert()).build();
        }
        if (event instanceof StreamEvent.Gap g) {
            return sse.newEventBuilder().name("gap").mediaType(MediaType.APPLICATION_JSON_TYPE).data(gap(g)).build();
        }
        if (event instanceof StreamEvent.End end) {
            return sse.newEventBuilder().name("end").mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(Map.of("reason", end.reason())).build();
        }
        StreamEvent.Heartbeat beat = (StreamEvent.Heartbeat) event;
        return sse.newEventBuilder().name("heartbeat").mediaType(MediaType.TEXT_PLAIN_TYPE).data(beat.at().toString()).build();
    }

    /** {@code {"lastEventId":..,"reason":"retention"|"unknown_id","oldestEventId":.. or null}}. */
    private static Map<String, Object> gap(StreamEvent.Gap g) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lastEventId", g.gap().lastEventId().toString());
        data.put("reason", g.gap().reason());
        EventId oldest = g.log().oldestKept();
        data.put("oldestEventId", oldest.equals(EventId.ZERO) ? null : oldest.toString());
        return data;
    }
}
