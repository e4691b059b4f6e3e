package dev.foresight.monitortrigger.cycle.alert;

import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.ServiceRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The runbook links of the services a cycle alerts on, read in one query. */
@ApplicationScoped
public class ServiceRunbooks {
    private final ServiceRepository services;

    public ServiceRunbooks(ServiceRepository services) {
        this.services = services;
    }

    /** Service name → runbook link, for those of {@code names} that have one. */
    @WithSession
    public Uni<Map<String, String>> of(Collection<String> names) {
        if (names.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return services.list("name in ?1 and runbookUrl is not null", names)
                .map(found -> found.stream().collect(Collectors.toMap(s -> s.name, (ServiceEntity s) -> s.runbookUrl)));
    }
}
