package dev.foresight.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged CLI ({@code src/cli/target/foresight-cli.jar}) run as its own process, as an
 * operator runs it: a separate JVM, its own config directory, the fleet's URLs in the environment.
 */
final class CliProcess {
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path jar;
    private final Path configDir;
    private final Map<String, String> env = new HashMap<>();

    CliProcess(Path root, Path configDir) {
        this.jar = root.resolve("src/cli/target/foresight-cli.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("not packaged: " + jar + " (run mvn package -pl src/cli first)");
        }
        this.configDir = configDir;
        env.put("FORESIGHT_CONFIG", configDir.resolve("config").toString());
        env.put("FORESIGHT_TOKEN_URL", Fleet.url("token-refresh"));
        env.put("FORESIGHT_PREDICT_URL", Fleet.url("predict"));
        env.put("FORESIGHT_ALERT_ROUTE_URL", Fleet.url("alert-route"));
        env.put("FORESIGHT_EMBED_URL", Fleet.url("embed"));
        env.put("FORESIGHT_MONITOR_URL", Fleet.url("monitor-trigger"));
    }

    Path credentials() {
        return configDir.resolve("credentials");
    }

    Result run(String... args) throws Exception {
        return run("", Map.of(), args);
    }

    /** Runs to completion with {@code stdin} as standard input and {@code extraEnv} over the fleet's. */
    Result run(String stdin, Map<String, String> extraEnv, String... args) throws Exception {
        Process p = start(extraEnv, args);
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        return finish(p, 120);
    }

    /** Starts without waiting, for {@code stream}; read it with {@link #finish}. */
    Process start(Map<String, String> extraEnv, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(configDir, "out", ".txt");
        Path err = Files.createTempFile(configDir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("NO_COLOR");
        pb.environment().remove(CLIENT_SECRET);
        pb.environment().putAll(env);
        pb.environment().putAll(extraEnv);
        Process p = pb.start();
        OUTPUTS.put(p, new Path[] {out, err});
        return p;
    }

    static String stderrSoFar(Process p) throws IOException {
        return Files.readString(OUTPUTS.get(p)[1]);
    }

    static Result finish(Process p, int seconds) throws Exception {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the CLI did not finish within " + seconds + " s");
        }
        Path[] files = OUTPUTS.remove(p);
        return new Result(p.exitValue(), Files.readString(files[0]), Files.readString(files[1]));
    }

    private static final String CLIENT_SECRET = "FORESIGHT_CLIENT_SECRET";
    private static final Map<Process, Path[]> OUTPUTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
