package dev.foresight.cli.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.output.Cells;
import dev.foresight.cli.output.OutputOption;
import dev.foresight.cli.output.Palette;
import dev.foresight.cli.output.Printer;
import dev.foresight.cli.output.Table;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", aliases = "ls", description = {"List alerts, newest first.", "Active ones (firing or acknowledged), or --all."})
public final class AlertsList implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Option(names = "--all", description = "include resolved alerts")
    boolean all;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "at most N alerts (default ${DEFAULT-VALUE})")
    int limit;

    public AlertsList(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String path = "/alerts?status=" + (all ? "all" : "active") + "&limit=" + limit;
        Palette palette = new Palette(context.colour());
        Printer.print(spec.commandLine().getOut(), output, context.api().get(context.endpoints().alertRoute(), path),
                json -> table(json, palette));
        return 0;
    }

    static String table(JsonNode alerts, Palette palette) {
        Table t = Table.of("ID", "SEVERITY", "STATUS", "SERVICE", "TYPE", "IN", "CONFIDENCE", "SEEN", "SUMMARY");
        for (JsonNode a : alerts) {
            String severity = a.path("severity").asText();
            t.row(Cells.text(a.path("id")), palette.severity(severity, severity), Cells.text(a.path("status")),
                    Cells.text(a.path("service")), Cells.text(a.path("type")), Cells.seconds(a.path("timeToFailureSeconds")),
                    Cells.number(a.path("confidence")), a.path("occurrences").asInt() + "x",
                    Table.clip(Cells.text(a.path("summary")), 70));
        }
        return t.isEmpty() ? "no alerts\n" : t.render();
    }
}
