package dev.foresight.cli.predict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.http.Api;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "predict", description = {"Predict a service's failures now (POST /predict).",
        "Reads the service's recent snapshots; needs the predict:write scope.",
        "With --history, lists what predict concluded so far (GET /predictions)."})
public final class PredictCommand implements Callable<Integer> {
    private static final int REASON_WIDTH = 80;

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Parameters(index = "0", paramLabel = "SERVICE")
    String service;

    @Option(names = "--horizon", paramLabel = "SECONDS", description = "how far ahead to look (server default if left out)")
    Integer horizonSeconds;

    @Option(names = "--history", description = "list stored predictions instead of predicting now")
    boolean history;

    public PredictCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Api api = context.api();
        if (history) {
            Reply stored = api.get(context.endpoints().predict(), "/predictions?service=" + Api.encode(service));
            Printer.print(spec.commandLine().getOut(), output, stored, PredictCommand::historyTable);
            return 0;
        }
        ObjectNode body = Json.object().put("service", service);
        if (horizonSeconds != null) {
            body.put("horizonSeconds", horizonSeconds);
        }
        Reply reply = api.post(context.endpoints().predict(), "/predict", body);
        Printer.print(spec.commandLine().getOut(), output, reply, json -> table(service, json));
        return 0;
    }

    static String table(String service, JsonNode r) {
        Table t = Table.of("KIND", "SERVICE", "METRIC", "IN", "CONFIDENCE", "REASONING");
        for (JsonNode f : r.path("failures")) {
            t.row("failure", Cells.text(f.path("service")), Cells.text(f.path("metric")), Cells.seconds(f.path("timeToFailureSeconds")),
                    Cells.number(f.path("confidence")), Table.clip(Cells.text(f.path("reasoning")), REASON_WIDTH));
        }
        for (JsonNode c : r.path("cascades")) {
            t.row("cascade", Cells.text(c.path("service")), "via " + c.path("sourceService").asText(), Cells.seconds(c.path("timeToFailureSeconds")),
                    Cells.number(c.path("confidence")), Table.clip(Cells.text(c.path("reasoning")), REASON_WIDTH));
        }
        for (JsonNode a : r.path("anomalies")) {
            t.row("anomaly", service, Cells.text(a.path("metric")), null, Cells.number(a.path("score")),
                    Table.clip(Cells.text(a.path("reason")), REASON_WIDTH));
        }
        int forecasts = r.path("forecasts").size();
        String summary = forecasts + " metrics forecast for " + service;
        return t.isEmpty() ? summary + "; no failure, cascade or anomaly predicted\n" : t.render();
    }

    static String historyTable(JsonNode list) {
        Table t = Table.of("ID", "KIND", "SERVICE", "METRIC", "IN", "CONFIDENCE", "CREATED");
        for (JsonNode p : list) {
            t.row(Cells.text(p.path("id")), Cells.text(p.path("kind")), Cells.text(p.path("service")), Cells.text(p.path("metric")),
                    Cells.seconds(p.path("timeToFailureSeconds")), Cells.number(p.path("confidence")), Cells.text(p.path("createdAt")));
        }
        return t.isEmpty() ? "no stored predictions\n" : t.render();
    }
}
