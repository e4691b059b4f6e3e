package dev.foresight.embed.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/**
 * The in-process all-MiniLM-L6-v2 model. Loading takes seconds and a few hundred MB of heap, so it
 * happens at start-up rather than inside the first request.
 */
@ApplicationScoped
public class EmbeddingModelProducer {
    public static final String MODEL_NAME = "all-MiniLM-L6-v2";
    private static final Logger LOG = Logger.getLogger(EmbeddingModelProducer.class);

    @Produces
    @ApplicationScoped
    @Startup
    EmbeddingModel model() {
        long started = System.nanoTime();
        EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
        // one inference allocates the ONNX session's buffers now instead of on the first caller's time
        model.embed("warm-up");
        LOG.infof("%s loaded in %d ms (%d dimensions)", MODEL_NAME, (System.nanoTime() - started) / 1_000_000,
                model.dimension());
        return model;
    }
}
