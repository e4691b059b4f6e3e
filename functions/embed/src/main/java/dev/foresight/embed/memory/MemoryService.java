package dev.foresight.embed.memory;

import dev.foresight.embed.config.EmbedConfig;
import dev.foresight.embed.embedding.Embedder;
import dev.foresight.embed.embedding.TextRules;
import dev.foresight.shared.memory.Memory;
import dev.foresight.shared.memory.MemoryRepository;
import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Remembers texts with their vectors and finds the ones nearest in meaning to a query. */
@ApplicationScoped
public class MemoryService {
    private final Embedder embedder;
    private final MemoryRepository repository;
    private final MemoryRules rules;
    private final RankFusion fusion;
    private final int candidates;

    public MemoryService(Embedder embedder, MemoryRepository repository, EmbedConfig config) {
        this.embedder = embedder;
        this.repository = repository;
        this.rules = new MemoryRules(new TextRules(config.maxTexts(), config.maxTextLength()),
                config.search().defaultK(), config.search().maxK());
        this.fusion = new RankFusion(config.search().fusionK());
        this.candidates = config.search().candidates();
    }

    public Uni<Memory> remember(NewMemory request) {
        NewMemory memory = rules.check(request);
        return embedder.embed(List.of(memory.text()))
                .flatMap(vectors -> repository.insert(memory.text(), memory.kind(), memory.metadata(), vectors.get(0)));
    }

    public Uni<List<Memory>> list(String kind, String service, String limit) {
        MemoryListing listing = rules.listing(kind, service, limit);
        return repository.list(listing.kind(), listing.service(), listing.limit());
    }

    public Uni<Memory> get(String id) {
        long memoryId = MemoryRules.id(id);
        return repository.find(memoryId).onItem().ifNull().failWith(() -> notFound(memoryId));
    }

    /** Replaces the memory; its text is embedded again so that search finds it by its new meaning. */
    public Uni<Memory> update(String id, NewMemory request) {
        long memoryId = MemoryRules.id(id);
        NewMemory memory = rules.check(request);
        // checked before embedding: no model time is spent on a memory that does not exist
        return repository.find(memoryId).onItem().ifNull().failWith(() -> notFound(memoryId))
                .chain(existing -> embedder.embed(List.of(memory.text())))
                .chain(vectors -> repository.update(memoryId, memory.text(), memory.kind(), memory.metadata(), vectors.get(0)))
                .onItem().ifNull().failWith(() -> notFound(memoryId));
    }

    public Uni<Void> delete(String id) {
        long memoryId = MemoryRules.id(id);
        return repository.delete(memoryId)
                .chain(deleted -> deleted ? Uni.createFrom().voidItem() : Uni.createFrom().failure(notFound(memoryId)));
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("memory " + id + " does not exist");
    }

    /**
     * The {@code k} memories ranked first by {@code mode}: each side of the search offers its best
     * candidates (at least {@code k}) under the same filter, in one statement, and the fusion orders them.
     */
    public Uni<List<MemoryMatch>> search(String q, String k, String kind, String service, String since, String until,
            String mode) {
        SearchQuery query = rules.query(q, k, kind, service, since, until, mode);
        int perList = Math.max(query.k(), candidates);
        return embedder.embed(List.of(query.text()))
                .flatMap(vectors -> repository.candidates(vectors.get(0), query.text(), perList, query.filter(),
                        query.mode().byVector(), query.mode().byText()))
                .map(found -> fusion.rank(found, query.mode(), query.k()));
    }
}
