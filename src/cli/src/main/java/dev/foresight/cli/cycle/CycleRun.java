package dev.foresight.cli.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.http.Json;
import dev.foresight.cli.http.Reply;
import dev.foresight.cli.output.Cells;
import dev.foresight.cli.output.OutputOption;
import dev.foresight.cli.output.Printer;
import dev.foresight.cli.output.Table;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "run", description = {"Run one monitor cycle now and print its report.",
        "POST /monitor-trigger; needs monitor:write. Exits 1 when the cycle",
        "reports errors, so a script notices."})
public final class CycleRun implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    public CycleRun(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Reply reply = context.api().post(context.endpoints().monitor(), "/monitor-trigger", Json.object().put("source", "foresight-cli"));
        Printer.print(spec.commandLine().getOut(), output, reply, CycleRun::report);
        return reply.json().path("errors").size() == 0 ? 0 : 1;
    }

    static String report(JsonNode r) {
        String head = String.format("cycle %s: %d services, %d snapshots probed, %d predictions, %d failures, %d cascades,"
                        + " %d alerts sent, %d errors, %d ms%n",
                r.path("cycleId").asText("?"), r.path("services").asInt(), r.path("snapshotsProbed").asInt(),
                r.path("predictions").asInt(), r.path("failures").asInt(), r.path("cascades").asInt(),
                r.path("alertsSent").asInt(), r.path("errors").size(), r.path("durationMs").asLong());
        if (r.path("errors").size() == 0) {
            return head;
        }
        Table t = Table.of("STEP", "SERVICE", "ERROR");
        for (JsonNode e : r.path("errors")) {
            t.row(Cells.text(e.path("step")), Cells.text(e.path("service")), Table.clip(Cells.text(e.path("message")), 110));
        }
        return head + t.render();
    }
}
