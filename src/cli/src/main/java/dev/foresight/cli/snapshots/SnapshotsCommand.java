package dev.foresight.cli.snapshots;

import dev.foresight.cli.Group;
import picocli.CommandLine.Command;

@Command(name = "snapshots", description = "Service health snapshots.", subcommands = SnapshotsPush.class)
public final class SnapshotsCommand extends Group {}
