package dev.foresight.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in this JVM over a temporary config directory, capturing both output streams. */
public record Run(int code, String out, String err) {

    public static CliContext context(Path dir, String stdin, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("FORESIGHT_CONFIG", dir.resolve("config").toString());
        return new CliContext(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, Clock.systemUTC());
    }

    public static Run of(CliContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(context, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    public static Run of(Path dir, String... args) {
        return of(context(dir, "", Map.of()), args);
    }
}
