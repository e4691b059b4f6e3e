package dev.foresight.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code foresight} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(Cli.run(CliContext.system(), out, err, args));
    }
}
