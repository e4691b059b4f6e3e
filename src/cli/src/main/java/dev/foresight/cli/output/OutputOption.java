package dev.foresight.cli.output;

import picocli.CommandLine.Option;

/** {@code -o table|json}, mixed into every command that prints what the server answered. */
public final class OutputOption {
    public enum Format { table, json }

    @Option(names = {"-o", "--output"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table (default) or json (the server's JSON, unchanged)")
    Format format = Format.table;

    public boolean json() {
        return format == Format.json;
    }
}
