package dev.foresight.monitortrigger.cycle;

import dev.foresight.monitortrigger.cycle.trigger.TriggerParser;
import dev.foresight.monitortrigger.cycle.trigger.TriggerService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /monitor-trigger}: what an external scheduler calls, plainly (a CronJob's
 * {@code {}}) or as a CloudEvent (a Knative PingSource, binary or structured mode).
 */
@Path("/monitor-trigger")
public class CycleResource {
    /** Set on an answer that repeats an earlier delivery's report instead of running a cycle. */
    public static final String REPLAYED = "Foresight-Trigger-Replayed";

    private final TriggerService triggers;

    public CycleResource(TriggerService triggers) {
        this.triggers = triggers;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "runMonitorCycle",
            summary = "Runs one monitoring cycle now (collect, predict, alert) and reports what it did",
            description = "A plain POST (optionally {\"cycleId\": ...}) or a CloudEvent 1.0 in binary (ce-* headers) or"
                    + " structured (application/cloudevents+json) mode. A repeated CloudEvent source+id or cycleId"
                    + " answers the first cycle's report with " + REPLAYED + ": true instead of running again.")
    @APIResponse(responseCode = "200", description = "The cycle's report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleReport.class)))
    public Uni<Response> trigger(HttpHeaders headers, String body) {
        boolean hasCe = headers.getRequestHeaders().keySet().stream()
                .anyMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("ce-"));
        var trigger = TriggerParser.parse(headers::getHeaderString, hasCe, headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
        return triggers.trigger(trigger).map(answer -> Response.ok(answer.reportJson(), MediaType.APPLICATION_JSON)
                .header(REPLAYED, answer.replayed() ? "true" : null).build());
    }
}
