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

/** {@code GET /stream/{sessionId}?severity=critical,high&service=x}: new alerts as server-sent events. */
@Path("/stream")
public class StreamResource {
    private final StreamService streams;

    public StreamResource(StreamService streams) {
        this.streams = streams;
    }

    @GET
    @Path("/{sessionId}")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> open(@PathParam("sessionId") String sessionId, @QueryParam("severity") String severity,
            @QueryParam("service") String service, @Context Sse sse) {
        return streams.open(sessionId, severity, service).map(event -> toSse(sse, event));
    }

    private static OutboundSseEvent toSse(Sse sse, StreamEvent event) {
        if (event instanceof StreamEvent.Alert a) {
            return sse.newEventBuilder().name("alert").id(Long.toString(a.alert().id()))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(a.alert()).build();
        }
        StreamEvent.Heartbeat beat = (StreamEvent.Heartbeat) event;
        return sse.newEventBuilder().name("heartbeat").mediaType(MediaType.TEXT_PLAIN_TYPE).data(beat.at().toString()).build();
    }
}
