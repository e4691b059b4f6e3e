package dev.foresight.cli.alerts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.CliException;
import dev.foresight.cli.ExitCode;
import dev.foresight.cli.http.Json;
import dev.foresight.cli.http.Reply;
import dev.foresight.cli.output.OutputOption;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code POST /api/v2/silences} in Alertmanager's v2 shape (matchers, startsAt, endsAt,
 * createdBy, comment), so the same command will work against alert-route once it serves that
 * API and against an Alertmanager today. An alert-route without it answers 404: exit code 6.
 */
@Command(name = "silence", description = {"Silence alerts (Alertmanager v2 API).",
        "Matches alerts carrying all MATCHERs, in amtool syntax: service=checkout,",
        "severity=~\"high|critical\", type!=anomaly; for --duration or until --ends-at.",
        "Exits 6 when alert-route has no silence API yet."})
public final class AlertsSilence implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Parameters(arity = "1..*", paramLabel = "MATCHER", converter = Matcher.Converter.class)
    List<Matcher> matchers = new ArrayList<>();

    @Option(names = {"-d", "--duration"}, paramLabel = "DURATION", defaultValue = "1h", converter = SilenceDuration.class,
            description = "how long from now (default ${DEFAULT-VALUE}); ignored with --ends-at")
    Duration duration;

    @Option(names = "--ends-at", paramLabel = "INSTANT", description = "end time, e.g. 2026-12-02T18:00:00Z")
    Instant endsAt;

    @Option(names = {"-c", "--comment"}, required = true, paramLabel = "TEXT", description = "why (required, as in amtool)")
    String comment;

    @Option(names = "--created-by", paramLabel = "NAME", description = "who (default: the logged-in client)")
    String createdBy;

    public AlertsSilence(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Instant start = context.clock().instant();
        Instant end = endsAt != null ? endsAt : start.plus(duration);
        if (!end.isAfter(start)) {
            throw new CliException(ExitCode.USAGE, "--ends-at " + end + " is not in the future");
        }
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("matchers");
        matchers.forEach(m -> list.add(m.toJson()));
        body.put("startsAt", start.toString()).put("endsAt", end.toString())
                .put("createdBy", createdBy != null ? createdBy : loggedInClient()).put("comment", comment);
        Reply reply;
        try {
            reply = context.api().post(context.endpoints().alertRoute(), "/api/v2/silences", body);
        } catch (CliException e) {
            if (e.exitCode() == ExitCode.NOT_FOUND) {
                throw new CliException(ExitCode.UNSUPPORTED, "this alert-route has no silence API yet "
                        + "(POST /api/v2/silences answered 404); nothing was silenced");
            }
            throw e;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(output.json() ? reply.body().strip()
                : "silence " + reply.json().path("silenceID").asText("?") + " created until " + end + " for " + matchers);
        out.flush();
        return 0;
    }

    private String loggedInClient() {
        return context.session().current().map(c -> c.clientId()).orElse("foresight-cli");
    }
}
