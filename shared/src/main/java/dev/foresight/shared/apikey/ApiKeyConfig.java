package dev.foresight.shared.apikey;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How every function verifies API keys (shared defaults; a function may override them). */
@ConfigMapping(prefix = "foresight.api-keys")
public interface ApiKeyConfig {

    /**
     * How long a verified key is trusted without asking PostgreSQL again; a revocation made on
     * another instance takes effect within this time (token-refresh's own cache is cleared at once).
     */
    @WithDefault("30s")
    Duration cacheTtl();

    /** Usage counts are summed in memory and written in one statement per interval. */
    @WithDefault("10s")
    Duration usageFlushInterval();
}
