package dev.foresight.cli.alerts;

import dev.foresight.cli.Group;
import picocli.CommandLine.Command;

@Command(name = "alerts", description = "Alerts routed by alert-route.",
        subcommands = {AlertsList.class, AlertsAck.class, AlertsResolve.class, AlertsSilence.class})
public final class AlertsCommand extends Group {}
