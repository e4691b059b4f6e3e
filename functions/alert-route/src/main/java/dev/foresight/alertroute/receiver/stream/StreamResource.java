package dev.foresight.alertroute.receiver.stream;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code GET /stream/{sessionId}?severity=critical,high&service=x}: new alerts as server-sent
 * events, until the access token that opened the stream expires or is revoked
 * ({@code event: end}, data {@code {"reason":"token_expired"}} or {@code token_revoked}).
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
            @QueryParam("service") String service, @Context Sse sse) {
        return streams.open(sessionId, severity, service, streamToken()).map(event -> toSse(sse, event));
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
            return sse.newEventBuilder().name("alert").id(Long.toString(a.alert().id()))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(a.alert()).build();
        }
        if (event instanceof StreamEvent.End end) {
            return sse.newEventBuilder().name("end").mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(Map.of("reason", end.reason())).build();
        }
        StreamEvent.Heartbeat beat = (StreamEvent.Heartbeat) event;
        return sse.newEventBuilder().name("heartbeat").mediaType(MediaType.TEXT_PLAIN_TYPE).data(beat.at().toString()).build();
    }
}
