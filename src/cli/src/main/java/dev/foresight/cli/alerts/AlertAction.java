package dev.foresight.cli.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.http.Reply;
import dev.foresight.cli.output.OutputOption;
import java.io.PrintWriter;
import java.util.List;

/** Acknowledge and resolve differ only in the path and the sentence: one loop for both. */
final class AlertAction {
    private AlertAction() {}

    static int apply(CliContext context, PrintWriter out, OutputOption output, List<Long> ids, String action) {
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
