package dev.foresight.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Assembles the command tree; {@link Main} runs it for the process, tests run it in place. */
public final class Cli {
    private Cli() {}

    public static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(ForesightCommand.class, new ContextFactory(context));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new FailureHandler());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        int code = commandLine(context, out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
