package dev.foresight.alertroute.amconfig;

import dev.foresight.alertroute.am.config.ConfigException;
import dev.foresight.alertroute.am.config.ConfigParser;
import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.shared.egress.EgressGuard;
import dev.foresight.shared.egress.EgressPolicy;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The configuration this instance routes with. It comes from the Alertmanager file
 * ({@code --config.file}), or from alert-route's own settings when there is none; every accepted
 * text is stored as a version, and an instance that sees a newer stored version switches to it.
 */
@ApplicationScoped
public class RunningConfig {
    private static final Logger LOG = Logger.getLogger(RunningConfig.class);

    private final ConfigVersions versions;
    private final Optional<Path> file;
    private final String defaults;
    private final EgressPolicy egress;
    private volatile Engine engine;

    public RunningConfig(ConfigVersions versions, AlertRouteConfig settings, EgressGuard egress) {
        this.versions = versions;
        this.egress = egress.policy();
        this.file = settings.alertmanager().configFile();
        this.defaults = DefaultConfig.yaml(settings.webhook().url(), settings.webhook().severities(), settings.resolve().timeout());
    }

    /** False until the first configuration is loaded at start-up. */
    public boolean loaded() {
        return engine != null;
    }

    public Engine engine() {
        Engine current = engine;
        if (current == null) {
            throw new IllegalStateException("the Alertmanager configuration is not loaded yet");
        }
        return current;
    }

    public Optional<Path> file() {
        return file;
    }

    /** Reads the file (or the settings), checks it and makes it the newest version; refused texts change nothing. */
    public Uni<Engine> load() {
        String source;
        try {
            source = file.isPresent() ? Files.readString(file.get()) : defaults;
        } catch (IOException unreadable) {
            return Uni.createFrom().failure(new ConfigException("cannot read \"" + file.get() + "\": " + unreadable.getMessage()));
        }
        return accept(source, file.map(Path::toString).orElse("settings"));
    }

    /** Makes a stored version's text the newest version again. */
    public Uni<Engine> rollback(long version) {
        return versions.find(version).chain(found -> found
                .map(v -> accept(v.source(), "rollback to version " + version))
                .orElseGet(() -> Uni.createFrom().failure(new UnknownVersion(version))));
    }

    /** Switches to the newest stored version when another instance stored it. */
    public Uni<Boolean> follow() {
        return versions.latest().map(latest -> {
            if (latest.isEmpty() || (engine != null && latest.get().version() == engine.version())) {
                return false;
            }
            try {
                engine = Engine.of(latest.get().version(), parse(latest.get().source()));
                LOG.infof("now routing with configuration version %d (%s)", engine.version(), latest.get().origin());
                return true;
            } catch (ConfigException invalid) {
                LOG.errorf("stored configuration version %d is invalid here, keeping version %d: %s",
                        latest.get().version(), engine == null ? 0 : engine.version(), invalid.getMessage());
                return false;
            }
        });
    }

    private Uni<Engine> accept(String source, String origin) {
        var parsed = Uni.createFrom().item(() -> parse(source));
        return parsed.chain(config -> versions.store(source, origin).map(stored -> {
            engine = Engine.of(stored.version(), config);
            LOG.infof("routing with configuration version %d (%s)", stored.version(), origin);
            return engine;
        }));
    }

    /** Alertmanager's checks, then the receivers' own checks and the egress policy on every endpoint. */
    private dev.foresight.alertroute.am.config.AlertmanagerConfig parse(String source) {
        var config = ConfigParser.parse(source);
        ReceiverChecks.check(config, egress);
        return config;
    }

    /** A rollback to a version that was never stored. */
    public static final class UnknownVersion extends RuntimeException {
        public UnknownVersion(long version) {
            super("configuration version " + version + " does not exist", null, false, false);
        }
    }
}
