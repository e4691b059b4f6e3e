package dev.foresight.bench.jmh;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One call of the model as embed's {@code Embedder} makes it for the texts a cache lookup missed:
 * {@code embedAll} of {@code batch} distinct sentences (64 is {@code foresight.embed.max-texts},
 * the largest batch the function hands over). Sentences per second = batch / time per call. The
 * quantised model is the option measured beside the full one embed runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class EmbeddingBenchmark {
    @Param({"full", "quantized"})
    public String model;

    @Param({"1", "16", "64"})
    public int batch;

    private EmbeddingModel embedding;
    private List<TextSegment> sentences;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        embedding = "full".equals(model) ? new AllMiniLmL6V2EmbeddingModel() : new AllMiniLmL6V2QuantizedEmbeddingModel();
        sentences = IncidentSentences.generate(8_192, 7).stream().map(TextSegment::from).toList();
    }

    @Benchmark
    public List<Embedding> embedAll() {
        if (next + batch > sentences.size()) {
            next = 0;
        }
        List<TextSegment> texts = sentences.subList(next, next + batch);
        next += batch;
        return embedding.embedAll(texts).content();
    }
}
