package dev.foresight.cli;

import dev.foresight.cli.auth.CredentialStore;
import dev.foresight.cli.auth.Session;
import dev.foresight.cli.auth.TokenClient;
import dev.foresight.cli.config.ConfigPaths;
import dev.foresight.cli.config.Endpoints;
import dev.foresight.cli.http.Api;
import dev.foresight.cli.http.Http;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;

/**
 * What every command runs against: the environment, standard input, the clock, and the objects
 * built from them. Tests build one over a temporary directory instead of the user's home.
 *
 * @param interactive whether a person sits at the terminal (a prompt may be shown, colours used)
 */
public record CliContext(Map<String, String> env, InputStream stdin, boolean interactive, Clock clock) {

    public static CliContext system() {
        return new CliContext(System.getenv(), System.in, System.console() != null, Clock.systemUTC());
    }

    public ConfigPaths paths() {
        return ConfigPaths.from(env, System.getProperty("user.home"));
    }

    public Endpoints endpoints() {
        return Endpoints.load(env, paths().config());
    }

    public Http http() {
        return new Http();
    }

    public CredentialStore credentials() {
        return new CredentialStore(paths().credentials());
    }

    public TokenClient tokens() {
        return new TokenClient(http(), endpoints().token(), clock);
    }

    public Session session() {
        return new Session(credentials(), tokens(), clock);
    }

    /** The authenticated JSON API over the five functions. */
    public Api api() {
        return new Api(http(), session());
    }

    /** Colour only for a person at a terminal who has not asked for none (https://no-color.org). */
    public boolean colour() {
        return interactive && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }
}
