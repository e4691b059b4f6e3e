package dev.foresight.cli.alerts;

import dev.foresight.cli.CliContext;
import dev.foresight.cli.output.OutputOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ack", aliases = "acknowledge", description = "Acknowledge alerts (needs alerts:write).")
public final class AlertsAck implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Parameters(arity = "1..*", paramLabel = "ID")
    List<Long> ids = new ArrayList<>();

    public AlertsAck(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return AlertAction.apply(context, spec.commandLine().getOut(), output, ids, "acknowledge");
    }
}
