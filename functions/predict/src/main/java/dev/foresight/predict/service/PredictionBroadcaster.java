package dev.foresight.predict.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.predict.api.PredictResponse;
import dev.foresight.predict.config.PredictConfig;
import dev.foresight.shared.redis.Channels;
import dev.foresight.shared.redis.EventPublisher;
import dev.foresight.shared.redis.RedisCache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Puts the latest prediction of a service in the Redis cache and announces it on the predictions
 * channel. Runs after the rows are committed; Redis being down costs freshness, never the
 * prediction itself, so its failures are logged rather than returned.
 */
@ApplicationScoped
public class PredictionBroadcaster {
    private static final Logger LOG = Logger.getLogger(PredictionBroadcaster.class);

    private final RedisCache cache;
    private final EventPublisher events;
    private final ObjectMapper mapper;
    private final PredictConfig config;

    public PredictionBroadcaster(RedisCache cache, EventPublisher events, ObjectMapper mapper, PredictConfig config) {
        this.cache = cache;
        this.events = events;
        this.mapper = mapper;
        this.config = config;
    }

    public static String cacheKey(String service) {
        return Channels.PREDICTION_CACHE_PREFIX + service;
    }

    public Uni<Void> publish(PredictResponse response) {
        if (response.service() == null) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(() -> json(response))
                .chain(body -> cache.put(cacheKey(response.service()), body, config.cache().ttl()))
                .chain(() -> events.publish(Channels.PREDICTIONS, json(PredictionEvent.of(response))))
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf(failure, "prediction for %s stored but not cached/published", response.service());
                    return Uni.createFrom().voidItem();
                });
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
