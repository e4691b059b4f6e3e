package dev.foresight.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What the quantised model would change: how close its vectors are to the full model's, and how
 * many of each sentence's 10 nearest neighbours (among 600) it still finds.
 */
class QuantisedModelAgreementTest {
    private static final int K = 10;

    @Test
    void theQuantisedModelFindsMostOfTheSameNeighbours() {
        List<TextSegment> sentences = IncidentSentences.generate(600, 11).stream().map(TextSegment::from).toList();
        List<float[]> full = vectors(new AllMiniLmL6V2EmbeddingModel().embedAll(sentences).content());
        List<float[]> quantised = vectors(new AllMiniLmL6V2QuantizedEmbeddingModel().embedAll(sentences).content());

        double cosineSum = 0;
        double cosineMin = 1;
        for (int i = 0; i < full.size(); i++) {
            double c = dot(full.get(i), quantised.get(i));
            cosineSum += c;
            cosineMin = Math.min(cosineMin, c);
        }
        double overlap = 0;
        for (int q = 0; q < full.size(); q++) {
            Set<Integer> exact = new HashSet<>(nearest(full, q));
            overlap += nearest(quantised, q).stream().filter(exact::contains).count() / (double) K;
        }
        double meanCosine = cosineSum / full.size();
        double recall = overlap / full.size();
        System.out.printf("quantised vs full: mean cosine %.4f, min %.4f, recall@%d %.3f%n", meanCosine, cosineMin, K, recall);
        assertTrue(meanCosine > 0.97, "mean cosine " + meanCosine);
        assertTrue(recall > 0.8, "recall@10 " + recall);
    }

    private static List<Integer> nearest(List<float[]> vectors, int query) {
        return IntStream.range(0, vectors.size()).filter(i -> i != query).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -dot(vectors.get(query), vectors.get(i))))
                .limit(K).toList();
    }

    private static List<float[]> vectors(List<Embedding> embeddings) {
        return embeddings.stream().map(Embedding::vector).toList();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
