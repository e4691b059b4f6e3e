package dev.foresight.embed.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/** Refuses to start with a configuration that would only fail later, on some request. */
@ApplicationScoped
public class EmbedConfigCheck {

    void check(@Observes @Priority(1) StartupEvent event, EmbedConfig config) {
        List<String> problems = EmbedConfigValidator.problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid configuration: " + String.join("; ", problems));
        }
    }
}
