package dev.foresight.cli.cycle;

import dev.foresight.cli.Group;
import picocli.CommandLine.Command;

@Command(name = "cycle", description = "Monitor cycles.", subcommands = CycleRun.class)
public final class CycleCommand extends Group {}
