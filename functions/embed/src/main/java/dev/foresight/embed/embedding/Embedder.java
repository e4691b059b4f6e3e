package dev.foresight.embed.embedding;

import dev.foresight.embed.config.EmbedConfig;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Texts to unit vectors. Cached vectors come from Redis; only the misses go to the model, in
 * batches of at most {@code foresight.embed.max-texts}. The model already L2-normalises its output
 * (mean pooling, then normalisation), so vectors are returned as computed. Created at start-up so
 * that its counters exist before the first request.
 */
@ApplicationScoped
@Startup
public class Embedder {
    private final EmbeddingModel model;
    private final EmbeddingCache cache;
    private final int batchSize;
    private final Counter modelTexts;
    private final Counter cacheHits;

    public Embedder(EmbeddingModel model, EmbeddingCache cache, EmbedConfig config, MeterRegistry registry) {
        this.model = model;
        this.cache = cache;
        this.batchSize = config.maxTexts();
        this.modelTexts = Counter.builder("foresight.embed.model.texts")
                .description("Texts embedded by the model (cache misses)").register(registry);
        this.cacheHits = Counter.builder("foresight.embed.cache.hits")
                .description("Texts whose vector came from the Redis cache").register(registry);
    }

    public String modelName() {
        return EmbeddingModelProducer.MODEL_NAME;
    }

    public int dimensions() {
        return model.dimension();
    }

    /** One vector per text, in order. Repeated texts are looked up and computed once. */
    public Uni<List<float[]>> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(texts));
        return cached(distinct)
                .flatMap(found -> completeWithModel(distinct, found))
                .map(all -> texts.stream().map(all::get).toList());
    }

    private Uni<Map<String, float[]>> cached(List<String> texts) {
        List<Uni<Optional<float[]>>> lookups = texts.stream().map(text -> cache.get(text, dimensions())).toList();
        return Uni.join().all(lookups).andFailFast().map(vectors -> {
            Map<String, float[]> found = new HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                vectors.get(i).ifPresent(vector -> found.put(text, vector));
            }
            cacheHits.increment(found.size());
            return found;
        });
    }

    private Uni<Map<String, float[]>> completeWithModel(List<String> texts, Map<String, float[]> found) {
        List<String> misses = texts.stream().filter(text -> !found.containsKey(text)).toList();
        if (misses.isEmpty()) {
            return Uni.createFrom().item(found);
        }
        // inference is CPU-bound and blocking: keep it off the event loop
        return Uni.createFrom().item(() -> infer(misses))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(computed -> store(misses, computed).map(ignored -> {
                    Map<String, float[]> all = new HashMap<>(found);
                    for (int i = 0; i < misses.size(); i++) {
                        all.put(misses.get(i), computed.get(i));
                    }
                    return all;
                }));
    }

    private List<float[]> infer(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += batchSize) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + batchSize)).stream()
                    .map(TextSegment::from).toList();
            for (Embedding embedding : model.embedAll(batch).content()) {
                vectors.add(embedding.vector());
            }
            modelTexts.increment(batch.size());
        }
        return vectors;
    }

    private Uni<Void> store(List<String> texts, List<float[]> vectors) {
        List<Uni<Void>> puts = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            puts.add(cache.put(texts.get(i), vectors.get(i)));
        }
        return Uni.combine().all().unis(puts).discardItems();
    }
}
