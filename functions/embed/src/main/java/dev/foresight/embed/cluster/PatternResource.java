package dev.foresight.embed.cluster;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/patterns")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PatternResource {
    private final PatternService patterns;

    public PatternResource(PatternService patterns) {
        this.patterns = patterns;
    }

    @POST
    public Uni<PatternResponse> group(PatternRequest request) {
        return patterns.patterns(request);
    }
}
