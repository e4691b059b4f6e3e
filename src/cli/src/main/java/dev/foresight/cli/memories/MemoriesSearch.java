package dev.foresight.cli.memories;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.http.Api;
import dev.foresight.cli.output.Cells;
import dev.foresight.cli.output.OutputOption;
import dev.foresight.cli.output.Printer;
import dev.foresight.cli.output.Table;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = {"Find the memories closest in meaning to QUERY.", "GET /memories/search on embed."})
public final class MemoriesSearch implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "words to search for (joined with spaces)")
    List<String> words;

    @Option(names = {"-k", "--top"}, paramLabel = "K", description = "how many matches (server default if left out)")
    Integer k;

    @Option(names = "--kind", paramLabel = "KIND", description = "only memories of this kind")
    String kind;

    public MemoriesSearch(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String path = "/memories/search?q=" + Api.encode(String.join(" ", words))
                + (k != null ? "&k=" + k : "") + (kind != null ? "&kind=" + Api.encode(kind) : "");
        Printer.print(spec.commandLine().getOut(), output, context.api().get(context.endpoints().embed(), path),
                MemoriesSearch::table);
        return 0;
    }

    static String table(JsonNode matches) {
        Table t = Table.of("ID", "SIMILARITY", "KIND", "TEXT");
        for (JsonNode m : matches) {
            t.row(Cells.text(m.path("id")), Cells.number(m.path("similarity")), Cells.text(m.path("kind")),
                    Table.clip(Cells.text(m.path("text")), 90));
        }
        return t.isEmpty() ? "no memories match\n" : t.render();
    }
}
