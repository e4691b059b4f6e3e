package dev.foresight.cli.services;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.output.Cells;
import dev.foresight.cli.output.OutputOption;
import dev.foresight.cli.output.Printer;
import dev.foresight.cli.output.Table;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", aliases = "ls", description = "List the registered services and their limits.")
public final class ServicesList implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    public ServicesList(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Printer.print(spec.commandLine().getOut(), output,
                context.api().get(context.endpoints().monitor(), "/services"), ServicesList::table);
        return 0;
    }

    static String table(JsonNode services) {
        Table t = Table.of("NAME", "LATENCY SLO MS", "ERROR RATE", "CPU", "MEMORY", "HEALTH URL");
        for (JsonNode s : services) {
            t.row(Cells.text(s.path("name")), Cells.number(s.path("latencySloMs")), Cells.number(s.path("errorRateLimit")),
                    Cells.number(s.path("cpuLimit")), Cells.number(s.path("memoryLimit")), Cells.text(s.path("healthUrl")));
        }
        return t.isEmpty() ? "no services registered\n" : t.render();
    }
}
