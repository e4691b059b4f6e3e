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

        /**
         * Candidates each side of a hybrid search (vector, full text) offers to the fusion; at
         * least {@code max-k}. More lets a memory that only one side finds, low on it, still place.
         */
        @WithDefault("100")
        int candidates();

        /** The constant k of Reciprocal Rank Fusion, {@code 1/(k + rank)}; 60 is the standard one. */
        @WithDefault("60")
        int fusionK();
    }

    interface Patterns {
        /**
         * Share of a pattern template's constant tokens that a text must repeat to join it, when the
         * request gives none; 1 (all of them) is what cross-validation on LogHub chose.
         */
        @WithDefault("1.0")
        double defaultThreshold();

        /** Most texts one {@code POST /patterns} may group. */
        @WithDefault("256")
        int maxTexts();
    }
}
