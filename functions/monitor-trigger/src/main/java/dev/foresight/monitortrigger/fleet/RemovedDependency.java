package dev.foresight.monitortrigger.fleet;

import dev.foresight.shared.fleet.DependencyEntity;

/** An edge deleted together with a service. */
public record RemovedDependency(String service, String dependsOn, String kind) {

    static RemovedDependency of(DependencyEntity e) {
        return new RemovedDependency(e.service.name, e.dependsOn.name, e.kind);
    }
}
