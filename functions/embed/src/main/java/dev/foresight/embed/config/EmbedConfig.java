package dev.foresight.embed.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Everything a deployment of embed may tune. Checked at start-up by {@link EmbedConfigValidator}. */
@ConfigMapping(prefix = "foresight.embed")
public interface EmbedConfig {

    /** Most texts one {@code POST /embed} may carry; also the largest batch handed to the model at once. */
    @WithDefault("64")
    int maxTexts();

    /** Longest accepted text, in characters. Inference cost grows with length, so this bounds one request. */
    @WithDefault("8000")
    int maxTextLength();

    /** How long a computed vector stays in Redis. A text's vector changes only with the model. */
    @WithDefault("7d")
    Duration cacheTtl();

    Search search();

    Patterns patterns();

    interface Search {
        /** Results returned by {@code GET /memories/search} when {@code k} is absent. */
        @WithDefault("5")
        int defaultK();

        /** Largest {@code k} a search may ask for. */
        @WithDefault("50")
        int maxK();
    }

    interface Patterns {
        /** Cosine similarity at or above which a text joins a pattern, when the request gives none. */
        @WithDefault("0.75")
        double defaultThreshold();

        /** Most texts one {@code POST /patterns} may group. */
        @WithDefault("256")
        int maxTexts();
    }
}
