package dev.foresight.cli.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.ExitCode;
import dev.foresight.cli.auth.Credentials;
import dev.foresight.cli.auth.TokenClaims;
import dev.foresight.cli.http.Json;
import dev.foresight.cli.output.Durations;
import dev.foresight.cli.output.OutputOption;
import dev.foresight.cli.output.Table;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "status", description = {"Show each function's readiness and who is logged in.",
        "Asks /q/health/ready. Exits 0 when all five are ready, 5 when one",
        "cannot be reached, 1 when one is not ready."})
public final class StatusCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    public StatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Readiness> probes = context.endpoints().all().parallelStream()
                .map(e -> Readiness.probe(context.http(), e)).toList();
        Optional<Credentials> login = context.credentials().load();
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.write(json(probes, login)));
        } else {
            Table t = Table.of("FUNCTION", "URL", "READY");
            probes.forEach(p -> t.row(p.endpoint().function(), p.endpoint().base(), switch (p.state()) {
                case ready -> "yes";
                case not_ready -> "no (HTTP " + p.httpStatus() + ")";
                case unreachable -> "unreachable";
            }));
            out.print(t.render());
            out.println(identity(login));
        }
        out.flush();
        if (probes.stream().anyMatch(p -> p.state() == Readiness.State.unreachable)) {
            return ExitCode.UNREACHABLE;
        }
        return probes.stream().allMatch(p -> p.state() == Readiness.State.ready) ? ExitCode.OK : ExitCode.REFUSED;
    }

    private String identity(Optional<Credentials> login) {
        if (login.isEmpty()) {
            return "not logged in (foresight login --client-id ID)";
        }
        Credentials c = login.get();
        TokenClaims claims = TokenClaims.read(c.accessToken());
        long left = Duration.between(context.clock().instant(), c.accessExpiresAt()).toSeconds();
        return "logged in as " + claims.subject() + " (scope: " + (claims.scope().isBlank() ? c.scope() : claims.scope()) + "); "
                + (left > 0 ? "access token valid " + Durations.seconds(left) : "access token expired, renewed on next use");
    }

    private ObjectNode json(List<Readiness> probes, Optional<Credentials> login) {
        ObjectNode root = Json.object();
        ArrayNode functions = root.putArray("functions");
        probes.forEach(p -> functions.addObject().put("function", p.endpoint().function())
                .put("url", p.endpoint().base().toString()).put("status", p.state().name()).put("ready", p.state() == Readiness.State.ready));
        ObjectNode identity = root.putObject("identity");
        identity.put("loggedIn", login.isPresent());
        login.ifPresent(c -> {
            TokenClaims claims = TokenClaims.read(c.accessToken());
            identity.put("clientId", c.clientId()).put("subject", claims.subject()).put("scope", c.scope())
                    .put("accessExpiresAt", c.accessExpiresAt().toString());
        });
        return root;
    }
}
