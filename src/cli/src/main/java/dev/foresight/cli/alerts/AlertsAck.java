package dev.foresight.cli.alerts;

import dev.foresight.cli.CliContext;
import picocli.CommandLine.Command;

@Command(name = "ack", aliases = "acknowledge", description = "Acknowledge alerts (needs alerts:write).")
public final class AlertsAck extends AlertAction {
    public AlertsAck(CliContext context) {
        super(context, "acknowledge");
    }
}
