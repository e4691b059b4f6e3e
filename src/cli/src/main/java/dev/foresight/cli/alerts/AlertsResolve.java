package dev.foresight.cli.alerts;

import dev.foresight.cli.CliContext;
import picocli.CommandLine.Command;

@Command(name = "resolve", description = "Resolve alerts (needs alerts:write).")
public final class AlertsResolve extends AlertAction {
    public AlertsResolve(CliContext context) {
        super(context, "resolve");
    }
}
