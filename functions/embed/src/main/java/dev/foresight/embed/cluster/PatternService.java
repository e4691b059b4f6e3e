package dev.foresight.embed.cluster;

import dev.foresight.embed.config.EmbedConfig;
import dev.foresight.embed.embedding.TextRules;
import dev.foresight.embed.pattern.MinerSettings;
import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Groups error and log texts into patterns, each with its template. */
@ApplicationScoped
public class PatternService {
    private final TextRules rules;
    private final double defaultThreshold;

    public PatternService(EmbedConfig config) {
        this.rules = new TextRules(config.patterns().maxTexts(), config.maxTextLength());
        this.defaultThreshold = config.patterns().defaultThreshold();
    }

    public Uni<PatternResponse> patterns(PatternRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        List<String> texts = rules.batch("texts", request.texts());
        double threshold = threshold(request.threshold());
        MinerSettings defaults = MinerSettings.DEFAULT;
        MinerSettings settings = new MinerSettings(threshold, defaults.distinctValues(), defaults.pathsAreVariables(),
                defaults.valuesRunToSpace());
        return Uni.createFrom().item(() -> new PatternResponse(threshold, TemplateGrouping.group(texts, settings)));
    }

    private double threshold(Double requested) {
        if (requested == null) {
            return defaultThreshold;
        }
        // at 0 every text of a length would share one template, which no caller can want
        if (!(requested > 0 && requested <= 1)) {
            throw ProblemException.invalid("threshold", "must be a number in (0, 1], was " + requested);
        }
        return requested;
    }
}
