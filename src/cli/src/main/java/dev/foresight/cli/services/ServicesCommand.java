package dev.foresight.cli.services;

import dev.foresight.cli.Group;
import picocli.CommandLine.Command;

@Command(name = "services", description = "The monitored services and the dependencies between them.",
        subcommands = {ServicesList.class, ServicesAdd.class, ServicesRemove.class, ServicesGraph.class})
public final class ServicesCommand extends Group {}
