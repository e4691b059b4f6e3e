package dev.foresight.monitortrigger.fleet.file;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fleet file as read: the services to monitor and the edges between them, in file order. Only
 * a document that {@link FleetFileValidator} accepted is applied to the registrations. Lookups by
 * name are indexed: a large fleet is reconciled and guarded in linear time.
 */
public final class FleetDocument {
    private final List<DeclaredService> services;
    private final List<DeclaredDependency> dependencies;
    private final Map<String, DeclaredService> byName = new HashMap<>();
    private final Map<List<String>, DeclaredDependency> byEdge = new HashMap<>();

    public FleetDocument(List<DeclaredService> services, List<DeclaredDependency> dependencies) {
        this.services = List.copyOf(services);
        this.dependencies = List.copyOf(dependencies);
        // the first declaration wins, as the validator reports the later ones as duplicates
        this.services.stream().filter(s -> s.name() != null).forEach(s -> byName.putIfAbsent(s.name(), s));
        this.dependencies.stream().filter(d -> d.from() != null && d.to() != null)
                .forEach(d -> byEdge.putIfAbsent(List.of(d.from(), d.to()), d));
    }

    public List<DeclaredService> services() {
        return services;
    }

    public List<DeclaredDependency> dependencies() {
        return dependencies;
    }

    public Optional<DeclaredService> service(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public Optional<DeclaredDependency> dependency(String from, String to) {
        return from == null || to == null ? Optional.empty() : Optional.ofNullable(byEdge.get(List.of(from, to)));
    }
}
