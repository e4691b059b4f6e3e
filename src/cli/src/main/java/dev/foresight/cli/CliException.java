package dev.foresight.cli;

/** A failure the user should read as one line, carrying the exit code it ends the command with. */
public class CliException extends RuntimeException {
    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static CliException refused(String message) {
        return new CliException(ExitCode.REFUSED, message);
    }

    public static CliException auth(String message) {
        return new CliException(ExitCode.AUTH, message);
    }

    public static CliException notFound(String message) {
        return new CliException(ExitCode.NOT_FOUND, message);
    }

    public static CliException unreachable(String message) {
        return new CliException(ExitCode.UNREACHABLE, message);
    }
}
