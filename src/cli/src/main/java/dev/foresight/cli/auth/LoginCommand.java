package dev.foresight.cli.auth;

import dev.foresight.cli.CliContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "login", description = {
        "Log in as an OAuth client and store its tokens.",
        "Uses the client_credentials grant; renews with the rotating refresh token.",
        "The secret comes from --secret-file, $FORESIGHT_CLIENT_SECRET, the terminal",
        "(no echo) or standard input: never from an argument, which shows in ps."})
public final class LoginCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--client-id", required = true, paramLabel = "ID", description = "the OAuth client id")
    String clientId;

    @Option(names = "--secret-file", paramLabel = "FILE", description = "read the secret from the first line of FILE")
    Path secretFile;

    public LoginCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String secret = SecretSource.read(secretFile, context.env(), context.interactive(), context.stdin());
        context.session().login(clientId, secret);
        Credentials c = context.credentials().load().orElseThrow();
        long minutes = Duration.between(context.clock().instant(), c.accessExpiresAt()).toMinutes();
        spec.commandLine().getOut().printf("logged in as %s (scope: %s); token valid %d min, renewed automatically%n",
                c.clientId(), c.scope().isBlank() ? "none" : c.scope(), minutes);
        return 0;
    }
}
