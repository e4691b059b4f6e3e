package dev.foresight.monitortrigger.fleet.declared;

import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Reads the configured fleet file at start-up and declares it. A file that cannot be read or
 * breaks a rule stops the start, every error on its own line, each at its path.
 */
@ApplicationScoped
public class FleetFileLoader {
    private static final Logger LOG = Logger.getLogger(FleetFileLoader.class);
    static final String KEY = "foresight.monitor-trigger.fleet.file";

    private final MonitorTriggerConfig config;
    private final FleetApply apply;

    public FleetFileLoader(MonitorTriggerConfig config, FleetApply apply) {
        this.config = config;
        this.apply = apply;
    }

    void onStart(@Observes StartupEvent started) {
        if (config.fleet().file().isEmpty() || config.fleet().file().get().isBlank()) {
            return;
        }
        Path file = Path.of(config.fleet().file().get().strip()).toAbsolutePath().normalize();
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalStateException("invalid configuration: " + KEY + " \"" + file + "\" cannot be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        FleetApplied applied;
        try {
            applied = VertxContextSupport.subscribeAndAwait(() -> apply.apply(yaml, "file", file.toString()));
        } catch (FleetRejected rejected) {
            throw new IllegalStateException(refusal(file, rejected));
        } catch (Throwable failure) {
            throw new IllegalStateException("cannot declare the fleet file \"" + file + "\": " + failure.getMessage(), failure);
        }
        LOG.infof("fleet file %s: version %d (%s); %s", file, applied.version(), applied.created() ? "new" : "unchanged",
                applied.changes().summary());
    }

    /** The start-up failure: the file, how many errors, then each on its own line. */
    static String refusal(Path file, FleetRejected rejected) {
        int n = rejected.messages().size();
        return "invalid fleet file \"" + file + "\" (" + KEY + "), " + n + (n == 1 ? " error" : " errors") + ":\n  "
                + String.join("\n  ", rejected.messages());
    }
}
