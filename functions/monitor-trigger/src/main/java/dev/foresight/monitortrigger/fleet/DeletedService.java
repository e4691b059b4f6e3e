package dev.foresight.monitortrigger.fleet;

import java.util.List;

/** The answer of {@code DELETE /services/{name}}: what went with the service. */
public record DeletedService(String deleted, List<RemovedDependency> removedDependencies) {}
