package dev.foresight.monitortrigger.fleet;

import dev.foresight.shared.fleet.DependencyEntity;

/** An edge of the dependency graph, services named rather than numbered. */
public record DependencyView(Long id, String service, String dependsOn, String kind, double weight) {

    public static DependencyView of(DependencyEntity e) {
        return new DependencyView(e.id, e.service.name, e.dependsOn.name, e.kind, e.weight);
    }
}
