package dev.foresight.embed.embedding;

import dev.foresight.embed.config.EmbedConfig;
import dev.foresight.shared.redis.Channels;
import dev.foresight.shared.redis.RedisCache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Computed vectors in Redis, keyed by the SHA-256 of the text. Redis trouble degrades to
 * recomputing: a cache must never be the reason an embedding fails.
 */
@ApplicationScoped
public class EmbeddingCache {
    private static final Logger LOG = Logger.getLogger(EmbeddingCache.class);

    private final RedisCache cache;
    private final Duration ttl;

    public EmbeddingCache(RedisCache cache, EmbedConfig config) {
        this.cache = cache;
        this.ttl = config.cacheTtl();
    }

    /** The cached vector of {@code text}, or empty when absent, unreadable or Redis is down. */
    public Uni<Optional<float[]>> get(String text, int dimensions) {
        return cache.get(keyOf(text))
                .map(value -> value == null ? Optional.<float[]>empty() : VectorCodec.decode(value, dimensions))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("embedding cache read failed, recomputing: %s", failure.getMessage());
                    return Optional.empty();
                });
    }

    public Uni<Void> put(String text, float[] vector) {
        return cache.put(keyOf(text), VectorCodec.encode(vector), ttl)
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("embedding cache write failed: %s", failure.getMessage());
                    return null;
                });
    }

    static String keyOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Channels.EMBEDDING_CACHE_PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM provides SHA-256", impossible);
        }
    }
}
