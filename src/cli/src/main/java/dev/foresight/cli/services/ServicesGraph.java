package dev.foresight.cli.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.config.Endpoint;
import dev.foresight.cli.http.Api;
import dev.foresight.cli.http.Json;
import dev.foresight.cli.output.OutputOption;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "graph", description = {"Show the dependency graph as a tree.",
        "Each service sits above what it depends on.",
        "Cycles of critical edges are listed under the tree.",
        "-o json prints {\"services\": GET /services, \"dependencies\": GET /dependencies,",
        "\"criticalCycles\": those of GET /dependencies/graph}."})
public final class ServicesGraph implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    public ServicesGraph(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Api api = context.api();
        Endpoint monitor = context.endpoints().monitor();
        JsonNode services = api.get(monitor, "/services").json();
        JsonNode graph = api.get(monitor, "/dependencies/graph").json();
        JsonNode dependencies = graph.path("dependencies");
        JsonNode cycles = graph.path("criticalCycles");
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            ObjectNode both = Json.object();
            both.set("services", services);
            both.set("dependencies", dependencies);
            both.set("criticalCycles", cycles);
            out.println(Json.write(both));
        } else {
            List<String> names = new ArrayList<>();
            services.forEach(s -> names.add(s.path("name").asText()));
            List<GraphRenderer.Edge> edges = new ArrayList<>();
            dependencies.forEach(d -> edges.add(new GraphRenderer.Edge(d.path("service").asText(),
                    d.path("dependsOn").asText(), d.path("kind").asText(), d.path("weight").asDouble(1))));
            out.print(GraphRenderer.render(names, edges));
            if (!cycles.isEmpty()) {
                out.println();
                out.println("cycles of critical edges (each service on one fails if any does):");
                cycles.forEach(c -> out.println("  " + c.path("text").asText()));
            }
        }
        out.flush();
        return 0;
    }
}
