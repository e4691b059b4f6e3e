package dev.foresight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command tree as picocli parses it, with no server: usage errors, help, the not-logged-in path. */
class CommandLineParsingTest {
    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Run run = Run.of(dir, "--help");
        assertEquals(0, run.code());
        for (String command : new String[] {"login", "status", "services", "snapshots", "predict", "alerts", "stream",
                "memories", "cycle", "completion"}) {
            assertTrue(run.out().contains("  " + command + " "), command + " missing from\n" + run.out());
        }
        assertTrue(run.out().contains("Exit codes:"), run.out());
        assertTrue(run.out().contains("5  server unreachable"), run.out());
        assertTrue(run.out().contains("6  the server has no such API yet"), run.out());
    }

    @ParameterizedTest(name = "foresight {0} is a usage error")
    @ValueSource(strings = {
            "bogus",
            "services",
            "alerts",
            "alerts ack not-a-number",
            "alerts silence service=checkout",
            "alerts silence --comment x not-a-matcher",
            "alerts silence --comment x --duration 5 service=checkout",
            "services add frontend --depends-on checkout:bogus",
            "services add frontend --depends-on checkout:critical:2",
            "login",
            "login --client-id admin --secret s3cret",
            "stream --count many",
            "predict",
            "memories search",
            "completion fish",
            "services list -o yaml"})
    void usageErrorsExitTwo(String args) {
        Run run = Run.of(dir, args.split(" "));
        assertEquals(ExitCode.USAGE, run.code(), run.err());
        assertTrue(run.err().length() > 0);
    }

    @Test
    void aSecretIsNeverAcceptedAsAnArgument() {
        Run run = Run.of(dir, "login", "--client-id", "admin", "--secret", "s3cret");
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("Unknown options: '--secret'"), run.err());
    }

    @Test
    void loginWithoutAnySecretSaysWhereToPutIt() {
        Run run = Run.of(Run.context(dir, "", Map.of()), "login", "--client-id", "admin");
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().startsWith("error: no client secret given"), run.err());
    }

    @ParameterizedTest(name = "foresight {0} needs a login")
    @ValueSource(strings = {"services list", "alerts list", "predict checkout", "cycle run", "memories search disk full",
            "stream --count 1", "alerts ack 1", "services graph -o json"})
    void commandsNeedALoginAndExitThree(String args) {
        Run run = Run.of(dir, args.split(" "));
        assertEquals(ExitCode.AUTH, run.code(), run.err());
        assertEquals("error: not logged in; run: foresight login --client-id ID\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void completionPrintsABashScriptForEveryCommand() {
        Run run = Run.of(dir, "completion", "bash");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("complete -F _complete_foresight"), run.out().substring(0, 300));
        assertTrue(run.out().contains("silence"));
    }

    @Test
    void logoutWithoutLoginIsNotAnError() {
        Run run = Run.of(dir, "logout");
        assertEquals(0, run.code());
        assertEquals("was not logged in\n", run.out());
    }
}
