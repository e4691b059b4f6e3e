package dev.foresight.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code amtool} (0.25, Debian's package) pointed at one {@link AlertmanagerApi}, as an
 * operator runs it. A bearer token from {@link AlertmanagerApi#headers()} goes through an
 * {@code --http.config.file} (mode 600), never on the command line.
 */
final class Amtool {
    static final Path BINARY = Path.of("/usr/bin/amtool");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final List<String> base;

    Amtool(AlertmanagerApi target, Path workDir) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is not installed (src/setup/install.sh --with-peers)");
        }
        base = new ArrayList<>(List.of(BINARY.toString(), "--alertmanager.url=" + target.baseUrl(), "--timeout=10s"));
        String authorization = target.headers().get("Authorization");
        if (authorization != null) {
            String[] parts = authorization.split(" ", 2);
            Path config = workDir.resolve("amtool-http.yml");
            Files.createFile(config, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(config, "authorization:\n  type: \"" + parts[0] + "\"\n  credentials: \"" + parts[1] + "\"\n",
                    StandardCharsets.UTF_8);
            base.add("--http.config.file=" + config);
        }
    }

    /** Adds a silence for {@code matchers} (e.g. {@code alertname=Disk}) and returns its id. */
    String silenceAdd(String comment, Duration duration, String... matchers) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("silence", "add", "--author=foresight-e2e", "--comment=" + comment,
                "--duration=" + duration.toSeconds() + "s"));
        args.addAll(Arrays.asList(matchers));
        return ok(args).out().trim();
    }

    /** Active silences matching {@code matchers}, as the v2 API's gettable silences. */
    JsonNode silenceQuery(String... matchers) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-o", "json", "silence", "query"));
        args.addAll(Arrays.asList(matchers));
        return JSON.readTree(ok(args).out());
    }

    void silenceExpire(String id) throws IOException, InterruptedException {
        ok(List.of("silence", "expire", id));
    }

    /** Alerts matching {@code matchers}; only silenced ones when {@code silenced}, else only active ones. */
    JsonNode alertQuery(boolean silenced, String... matchers) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-o", "json", "alert", "query"));
        if (silenced) {
            args.add("--silenced");
        }
        args.addAll(Arrays.asList(matchers));
        return JSON.readTree(ok(args).out());
    }

    /** The running configuration as YAML. */
    String configShow() throws IOException, InterruptedException {
        return ok(List.of("config", "show")).out();
    }

    Result run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(base);
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        var out = process.getInputStream();
        var err = process.getErrorStream();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("amtool " + args + " did not finish within 30 s");
        }
        return new Result(process.exitValue(), new String(out.readAllBytes(), StandardCharsets.UTF_8),
                new String(err.readAllBytes(), StandardCharsets.UTF_8));
    }

    private Result ok(List<String> args) throws IOException, InterruptedException {
        Result result = run(args);
        if (result.code() != 0) {
            throw new IllegalStateException("amtool " + String.join(" ", args) + " failed: " + result);
        }
        return result;
    }
}
