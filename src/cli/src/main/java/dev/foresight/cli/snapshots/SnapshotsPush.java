package dev.foresight.cli.snapshots;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.CliException;
import dev.foresight.cli.ExitCode;
import dev.foresight.cli.http.Json;
import dev.foresight.cli.http.Reply;
import dev.foresight.cli.output.OutputOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "push", description = {"Push snapshots (POST /snapshots).",
        "From FILE, or standard input when FILE is - or left out; or one snapshot",
        "timed now from --service and the metric options. Needs fleet:write."})
public final class SnapshotsPush implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "JSON file, or - for standard input")
    String file;

    @Option(names = "--service", paramLabel = "NAME", description = "push one snapshot of NAME, timed now")
    String service;

    @Option(names = "--latency-ms", paramLabel = "MS")
    Double latencyMs;

    @Option(names = "--error-rate", paramLabel = "FRACTION")
    Double errorRate;

    @Option(names = "--cpu", paramLabel = "FRACTION")
    Double cpu;

    @Option(names = "--memory", paramLabel = "FRACTION")
    Double memory;

    @Option(names = "--requests", paramLabel = "COUNT")
    Long requests;

    public SnapshotsPush(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ObjectNode body = service != null ? one() : SnapshotBody.from(read());
        Reply reply = context.api().post(context.endpoints().monitor(), "/snapshots", body);
        PrintWriter out = spec.commandLine().getOut();
        out.println(output.json() ? reply.body().strip() : "accepted " + reply.json().path("accepted").asInt() + " snapshots");
        out.flush();
        return 0;
    }

    private ObjectNode one() {
        if (file != null) {
            throw new CliException(ExitCode.USAGE, "give either FILE or --service, not both");
        }
        ObjectNode s = Json.object().put("service", service).put("time", context.clock().instant().toString());
        if (latencyMs != null) {
            s.put("latencyMs", latencyMs);
        }
        if (errorRate != null) {
            s.put("errorRate", errorRate);
        }
        if (cpu != null) {
            s.put("cpu", cpu);
        }
        if (memory != null) {
            s.put("memory", memory);
        }
        if (requests != null) {
            s.put("requestCount", requests);
        }
        return SnapshotBody.from(Json.write(s));
    }

    private String read() {
        try {
            if (file == null || file.equals("-")) {
                return new String(context.stdin().readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, "cannot read " + (file == null ? "standard input" : file) + ": " + e.getMessage());
        }
    }
}
