package dev.foresight.cli;

/**
 * The exit codes scripts can rely on. 2 is picocli's own usage error; the others are ours and
 * are listed in the {@code --help} footer, so keep the two in step.
 */
public final class ExitCode {
    public static final int OK = 0;
    /** The server refused the request, or anything else went wrong. */
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    /** No stored login, or the server did not accept the credentials or token. */
    public static final int AUTH = 3;
    public static final int NOT_FOUND = 4;
    /** Nothing answered at the configured URL. */
    public static final int UNREACHABLE = 5;
    /** The server does not offer this API yet (e.g. silences on an alert-route without them). */
    public static final int UNSUPPORTED = 6;

    private ExitCode() {}
}
