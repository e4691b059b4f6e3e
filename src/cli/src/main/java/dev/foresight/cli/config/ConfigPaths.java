package dev.foresight.cli.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the CLI keeps its files. The credentials sit beside the config file, so pointing
 * {@code FORESIGHT_CONFIG} elsewhere moves both (one variable isolates a test or a second fleet).
 */
public record ConfigPaths(Path config, Path credentials) {

    public static ConfigPaths from(Map<String, String> env, String userHome) {
        Path config;
        if (present(env.get("FORESIGHT_CONFIG"))) {
            config = Path.of(env.get("FORESIGHT_CONFIG"));
        } else if (present(env.get("XDG_CONFIG_HOME"))) {
            config = Path.of(env.get("XDG_CONFIG_HOME"), "foresight", "config");
        } else {
            config = Path.of(userHome, ".config", "foresight", "config");
        }
        config = config.toAbsolutePath();
        Path credentials = present(env.get("FORESIGHT_CREDENTIALS"))
                ? Path.of(env.get("FORESIGHT_CREDENTIALS")).toAbsolutePath()
                : config.resolveSibling("credentials");
        return new ConfigPaths(config, credentials);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
