package dev.foresight.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into {@code error: <message>} on stderr and its exit code. A stack
 * trace helps nobody at a terminal, so only unexpected failures show their class name.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        if (e instanceof CliException failure) {
            cmd.getErr().println("error: " + failure.getMessage());
            cmd.getErr().flush();
            return failure.exitCode();
        }
        cmd.getErr().println("error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        cmd.getErr().flush();
        return ExitCode.REFUSED;
    }
}
