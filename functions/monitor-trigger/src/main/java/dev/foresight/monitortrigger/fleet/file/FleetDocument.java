package dev.foresight.monitortrigger.fleet.file;

import java.util.List;
import java.util.Optional;

/**
 * A fleet file as read: the services to monitor and the edges between them, in file order. Only
 * a document that {@link FleetFileValidator} accepted is applied to the registrations.
 */
public record FleetDocument(List<DeclaredService> services, List<DeclaredDependency> dependencies) {
    public FleetDocument {
        services = List.copyOf(services);
        dependencies = List.copyOf(dependencies);
    }

    public Optional<DeclaredService> service(String name) {
        return services.stream().filter(s -> name.equals(s.name())).findFirst();
    }

    public Optional<DeclaredDependency> dependency(String from, String to) {
        return dependencies.stream().filter(d -> from.equals(d.from()) && to.equals(d.to())).findFirst();
    }
}
