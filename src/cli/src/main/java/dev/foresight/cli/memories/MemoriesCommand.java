package dev.foresight.cli.memories;

import dev.foresight.cli.Group;
import picocli.CommandLine.Command;

@Command(name = "memories", description = "Incident memories kept by embed.", subcommands = MemoriesSearch.class)
public final class MemoriesCommand extends Group {}
