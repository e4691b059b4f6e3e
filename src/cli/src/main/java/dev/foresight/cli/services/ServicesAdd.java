package dev.foresight.cli.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.config.Endpoint;
import dev.foresight.cli.http.Api;
import dev.foresight.cli.http.Json;
import dev.foresight.cli.http.Reply;
import dev.foresight.cli.output.OutputOption;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", description = {"Register a service and, with --depends-on, what it depends on.",
        "Limits left out take the server's defaults. Needs the fleet:write scope."})
public final class ServicesAdd implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Parameters(index = "0", paramLabel = "NAME", description = "the service name")
    String name;

    @Option(names = "--health-url", paramLabel = "URL", description = "probed every cycle")
    String healthUrl;

    @Option(names = "--latency-slo-ms", paramLabel = "MS")
    Double latencySloMs;

    @Option(names = "--error-rate-limit", paramLabel = "FRACTION")
    Double errorRateLimit;

    @Option(names = "--cpu-limit", paramLabel = "FRACTION")
    Double cpuLimit;

    @Option(names = "--memory-limit", paramLabel = "FRACTION")
    Double memoryLimit;

    @Option(names = "--depends-on", paramLabel = "SERVICE[:KIND[:WEIGHT]]", converter = DependencySpec.Converter.class,
            description = "a dependency, repeatable; KIND is critical (default), optional or fallback")
    List<DependencySpec> dependsOn = new ArrayList<>();

    public ServicesAdd(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Api api = context.api();
        Endpoint monitor = context.endpoints().monitor();
        ObjectNode service = Json.object().put("name", name);
        putIfSet(service, "healthUrl", healthUrl);
        putIfSet(service, "latencySloMs", latencySloMs);
        putIfSet(service, "errorRateLimit", errorRateLimit);
        putIfSet(service, "cpuLimit", cpuLimit);
        putIfSet(service, "memoryLimit", memoryLimit);
        PrintWriter out = spec.commandLine().getOut();
        Reply created = api.post(monitor, "/services", service);
        print(out, created, "service " + name + " registered");
        for (DependencySpec d : dependsOn) {
            ObjectNode edge = Json.object().put("service", name).put("dependsOn", d.service()).put("kind", d.kind());
            putIfSet(edge, "weight", d.weight());
            Reply added = api.post(monitor, "/dependencies", edge);
            JsonNode e = added.json();
            print(out, added, name + " depends on " + d.service() + " (" + e.path("kind").asText(d.kind())
                    + ", weight " + e.path("weight").asText("1") + ")");
        }
        return 0;
    }

    /** In JSON mode each server answer is one line (JSON Lines), as the server sent it. */
    private void print(PrintWriter out, Reply reply, String sentence) {
        out.println(output.json() ? reply.body().strip() : sentence);
        out.flush();
    }

    private static void putIfSet(ObjectNode node, String field, Object value) {
        if (value instanceof String s) {
            node.put(field, s);
        } else if (value instanceof Double d) {
            node.put(field, d);
        }
    }
}
