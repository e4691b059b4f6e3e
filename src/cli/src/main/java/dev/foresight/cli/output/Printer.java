package dev.foresight.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.http.Reply;
import java.io.PrintWriter;
import java.util.function.Function;

/** Prints a server answer as JSON, untouched, or through the command's table view. */
public final class Printer {
    private Printer() {}

    public static void print(PrintWriter out, OutputOption output, Reply reply, Function<JsonNode, String> table) {
        if (output.json()) {
            out.println(reply.body().strip());
        } else {
            out.print(table.apply(reply.json()));
        }
        out.flush();
    }
}
