package dev.foresight.monitortrigger.snapshot;

import dev.foresight.shared.input.Bounded;
import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.fleet.SnapshotRepository;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads stored snapshots back, newest first. */
@ApplicationScoped
public class SnapshotReads {
    private final ServiceRepository services;
    private final SnapshotRepository snapshots;

    public SnapshotReads(ServiceRepository services, SnapshotRepository snapshots) {
        this.services = services;
        this.snapshots = snapshots;
    }

    @WithSession
    public Uni<List<SnapshotView>> list(String service, String since, String limit) {
        SnapshotQuery query;
        try {
            query = SnapshotQuery.parse(service, since, limit);
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        // the fleet is small: one read of every name beats a join per snapshot row
        return services.listAll().chain(all -> {
            Map<Long, String> names = all.stream().collect(Collectors.toMap(s -> s.id, s -> s.name));
            Map<String, ServiceEntity> byName = all.stream().collect(Collectors.toMap(s -> s.name, Function.identity()));
            if (query.service() != null && !byName.containsKey(query.service())) {
                return Uni.createFrom().failure(unknown(query.service()));
            }
            List<String> where = new ArrayList<>();
            Parameters parameters = new Parameters();
            if (query.service() != null) {
                where.add("serviceId = :service");
                parameters.and("service", byName.get(query.service()).id);
            }
            if (query.since() != null) {
                where.add("time >= :since");
                parameters.and("since", query.since());
            }
            return snapshots.find(String.join(" and ", where), Sort.descending("time", "id"), parameters)
                    .page(0, query.limit()).list()
                    .map(rows -> rows.stream().map(r -> SnapshotView.of(r, names.get(r.serviceId))).toList());
        });
    }

    private static ProblemException unknown(String name) {
        return new ProblemException(new Problem("about:blank", "Not Found", 404, "unknown service " + Bounded.quote(name),
                null, List.of(new Problem.FieldError("service", "must name a registered service"))));
    }
}
