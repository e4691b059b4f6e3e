package dev.foresight.embed.cluster;

import dev.foresight.embed.config.EmbedConfig;
import dev.foresight.embed.embedding.Embedder;
import dev.foresight.embed.embedding.TextRules;
import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Groups error and alert texts into patterns by meaning. */
@ApplicationScoped
public class PatternService {
    private final Embedder embedder;
    private final TextRules rules;
    private final double defaultThreshold;

    public PatternService(Embedder embedder, EmbedConfig config) {
        this.embedder = embedder;
        this.rules = new TextRules(config.patterns().maxTexts(), config.maxTextLength());
        this.defaultThreshold = config.patterns().defaultThreshold();
    }

    public Uni<PatternResponse> patterns(PatternRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        List<String> texts = rules.batch("texts", request.texts());
        double threshold = threshold(request.threshold());
        return embedder.embed(texts).map(vectors -> {
            List<Pattern> patterns = LeaderClustering.cluster(vectors, threshold).stream()
                    .map(cluster -> new Pattern(texts.get(cluster.representative()), cluster.members().size(),
                            cluster.members().stream().map(texts::get).toList()))
                    .toList();
            return new PatternResponse(threshold, patterns);
        });
    }

    private double threshold(Double requested) {
        if (requested == null) {
            return defaultThreshold;
        }
        // a threshold of 0 or below would merge unrelated texts, which no caller can want
        if (!(requested > 0 && requested <= 1)) {
            throw ProblemException.invalid("threshold", "must be a number in (0, 1], was " + requested);
        }
        return requested;
    }
}
