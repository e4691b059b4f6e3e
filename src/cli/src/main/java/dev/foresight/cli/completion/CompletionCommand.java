package dev.foresight.cli.completion;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion", description = {"Print a shell completion script.",
        "bash: source <(foresight completion bash); zsh: autoload bashcompinit && bashcompinit first."})
public final class CompletionCommand implements Callable<Integer> {
    public enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", defaultValue = "bash", description = "bash (default) or zsh")
    Shell shell;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        // picocli's script serves zsh too once bashcompinit is loaded
        spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
