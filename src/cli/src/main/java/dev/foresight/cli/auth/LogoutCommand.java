package dev.foresight.cli.auth;

import dev.foresight.cli.CliContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "logout", description = "Forget the stored tokens and secret.")
public final class LogoutCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    public LogoutCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        boolean deleted = context.credentials().delete();
        spec.commandLine().getOut().println(deleted ? "logged out" : "was not logged in");
        return 0;
    }
}
