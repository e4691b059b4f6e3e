package dev.foresight.cli.auth;

import dev.foresight.cli.CliException;
import dev.foresight.cli.ExitCode;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a client secret may come from. Never an argument: arguments show in {@code ps} and in
 * shell history. In order: {@code --secret-file}, {@code FORESIGHT_CLIENT_SECRET}, a prompt
 * without echo when a person is at the terminal, otherwise the first line of standard input.
 */
public final class SecretSource {
    public static final String VARIABLE = "FORESIGHT_CLIENT_SECRET";

    private SecretSource() {}

    public static String read(Path secretFile, Map<String, String> env, boolean interactive, InputStream stdin) {
        String secret;
        if (secretFile != null) {
            secret = file(secretFile);
        } else if (env.get(VARIABLE) != null && !env.get(VARIABLE).isEmpty()) {
            secret = env.get(VARIABLE);
        } else if (interactive && System.console() != null) {
            Console console = System.console();
            char[] typed = console.readPassword("client secret: ");
            secret = typed == null ? "" : new String(typed);
        } else {
            secret = firstLine(stdin);
        }
        secret = secret.strip();
        if (secret.isEmpty()) {
            throw new CliException(ExitCode.USAGE, "no client secret given: pipe it to standard input, set "
                    + VARIABLE + " or use --secret-file FILE");
        }
        return secret;
    }

    private static String file(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, "cannot read the secret file " + path + ": " + e.getMessage());
        }
    }

    private static String firstLine(InputStream stdin) {
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
