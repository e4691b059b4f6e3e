package dev.foresight.monitortrigger.cycle.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.monitortrigger.cycle.CycleRun;
import dev.foresight.monitortrigger.cycle.CycleStep;
import dev.foresight.monitortrigger.cycle.FailureText;
import dev.foresight.monitortrigger.cycle.predict.PredictResponse;
import dev.foresight.monitortrigger.cycle.predict.PredictedFailure;
import dev.foresight.shared.redis.RedisCache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Warm caches: each service predicted to fail gets its failures under {@link AtRiskCache#key}. */
@ApplicationScoped
public class WarmCacheStep implements CycleStep {
    private final RedisCache cache;
    private final ObjectMapper json;
    private final MonitorTriggerConfig config;

    public WarmCacheStep(RedisCache cache, ObjectMapper json, MonitorTriggerConfig config) {
        this.cache = cache;
        this.json = json;
        this.config = config;
    }

    @Override
    public Uni<Void> apply(CycleRun run) {
        Map<String, List<PredictedFailure>> atRisk = byService(run.predictions());
        return Multi.createFrom().iterable(atRisk.entrySet())
                .onItem().transformToUniAndConcatenate(entry -> put(entry.getKey(), entry.getValue())
                        .onFailure().recoverWithItem(failure -> {
                            run.error("warm-cache", entry.getKey(), FailureText.of(failure));
                            return null;
                        }))
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> put(String service, List<PredictedFailure> failures) {
        try {
            return cache.put(AtRiskCache.key(service), json.writeValueAsString(failures), config.atRiskTtl());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }

    private static Map<String, List<PredictedFailure>> byService(List<PredictResponse> predictions) {
        Map<String, List<PredictedFailure>> atRisk = new LinkedHashMap<>();
        for (PredictResponse prediction : predictions) {
            for (PredictedFailure failure : prediction.failures()) {
                String service = failure.service() != null ? failure.service() : prediction.service();
                atRisk.computeIfAbsent(service, s -> new ArrayList<>()).add(failure);
            }
        }
        return atRisk;
    }
}
