package dev.foresight.embed.embedding;

import dev.foresight.embed.config.EmbedConfig;
import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/embed")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EmbedResource {
    private final Embedder embedder;
    private final TextRules rules;

    public EmbedResource(Embedder embedder, EmbedConfig config) {
        this.embedder = embedder;
        this.rules = new TextRules(config.maxTexts(), config.maxTextLength());
    }

    @POST
    public Uni<EmbedResponse> embed(EmbedRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        return embedder.embed(rules.batch("texts", request.texts()))
                .map(vectors -> new EmbedResponse(embedder.modelName(), embedder.dimensions(), vectors));
    }
}
