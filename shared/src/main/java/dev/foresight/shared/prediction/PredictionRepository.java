package dev.foresight.shared.prediction;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PredictionRepository implements PanacheRepository<PredictionEntity> {
    public Uni<List<PredictionEntity>> latestFor(String service, int limit) {
        return find("service", Sort.descending("createdAt"), service).page(0, limit).list();
    }
}
