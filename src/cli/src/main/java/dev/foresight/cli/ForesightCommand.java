package dev.foresight.cli;

import dev.foresight.cli.alerts.AlertsCommand;
import dev.foresight.cli.auth.LoginCommand;
import dev.foresight.cli.auth.LogoutCommand;
import dev.foresight.cli.completion.CompletionCommand;
import dev.foresight.cli.cycle.CycleCommand;
import dev.foresight.cli.memories.MemoriesCommand;
import dev.foresight.cli.predict.PredictCommand;
import dev.foresight.cli.services.ServicesCommand;
import dev.foresight.cli.snapshots.SnapshotsCommand;
import dev.foresight.cli.status.StatusCommand;
import dev.foresight.cli.stream.StreamCommand;
import picocli.CommandLine.Command;

@Command(name = "foresight", mixinStandardHelpOptions = true, version = "foresight CLI 0.1.0",
        description = "Operate a Foresight fleet: services, snapshots, predictions, alerts, the live stream.",
        subcommands = {LoginCommand.class, LogoutCommand.class, StatusCommand.class, ServicesCommand.class,
                SnapshotsCommand.class, PredictCommand.class, AlertsCommand.class, StreamCommand.class,
                MemoriesCommand.class, CycleCommand.class, CompletionCommand.class},
        footerHeading = "%n",
        footer = {
                "URLs come from ~/.config/foresight/config (or $FORESIGHT_CONFIG), lines such",
                "as 'alert-route-url = http://host:8083' (token-, predict-, alert-route-,",
                "embed-, monitor-url); FORESIGHT_TOKEN_URL, FORESIGHT_PREDICT_URL,",
                "FORESIGHT_ALERT_ROUTE_URL, FORESIGHT_EMBED_URL, FORESIGHT_MONITOR_URL win.",
                "The login is kept in 'credentials' beside the config file, mode 600.",
                "",
                "Exit codes:",
                "  0  ok",
                "  1  the server refused the request, or another error",
                "  2  usage error",
                "  3  not logged in, or authentication/authorisation failed",
                "  4  not found",
                "  5  server unreachable",
                "  6  the server has no such API yet (alerts silence)"})
public final class ForesightCommand extends Group {}
