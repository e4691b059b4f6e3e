package dev.foresight.cli.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.http.Reply;
import dev.foresight.cli.output.OutputOption;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Acknowledge and resolve differ only in the path and the sentence: one command body for both. */
abstract class AlertAction implements Callable<Integer> {
    private final CliContext context;
    private final String action;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Parameters(arity = "1..*", paramLabel = "ID")
    List<Long> ids = new ArrayList<>();

    AlertAction(CliContext context, String action) {
        this.context = context;
        this.action = action;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (long id : ids) {
            Reply reply = context.api().post(context.endpoints().alertRoute(), "/alerts/" + id + "/" + action, null);
            if (output.json()) {
                out.println(reply.body().strip());
            } else {
                JsonNode a = reply.json();
                String by = a.path("acknowledgedBy").isTextual() ? " by " + a.path("acknowledgedBy").asText() : "";
                out.println("alert " + id + " (" + a.path("service").asText() + ", " + a.path("severity").asText()
                        + ") is " + a.path("status").asText() + ("acknowledged".equals(a.path("status").asText()) ? by : ""));
            }
            out.flush();
        }
        return 0;
    }
}
