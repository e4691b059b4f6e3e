package dev.foresight.cli.services;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.CliException;
import dev.foresight.cli.ExitCode;
import dev.foresight.cli.http.Api;
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

@Command(name = "remove", aliases = "rm", description = {"Delete services.",
        "One that others depend on is refused (the error names them) unless",
        "--force, which deletes those dependencies too. Needs fleet:write."})
public final class ServicesRemove implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Parameters(arity = "1..*", paramLabel = "NAME")
    List<String> names = new ArrayList<>();

    @Option(names = "--force", description = "also delete the dependencies on and of the service")
    boolean force;

    public ServicesRemove(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Api api = context.api();
        PrintWriter out = spec.commandLine().getOut();
        for (String name : names) {
            Reply reply;
            try {
                reply = api.delete(context.endpoints().monitor(), "/services/" + Api.encode(name) + (force ? "?force=true" : ""));
            } catch (CliException refused) {
                if (refused.exitCode() == ExitCode.REFUSED && !force) {
                    throw new CliException(ExitCode.REFUSED, refused.getMessage() + "; --force deletes those dependencies too");
                }
                throw refused;
            }
            if (output.json()) {
                out.println(reply.body().strip());
                continue;
            }
            out.println("service " + name + " removed");
            for (JsonNode edge : reply.json().path("removedDependencies")) {
                out.println("  dependency removed: " + (edge.isObject()
                        ? edge.path("service").asText() + " -> " + edge.path("dependsOn").asText() : edge.asText()));
            }
        }
        out.flush();
        return 0;
    }
}
