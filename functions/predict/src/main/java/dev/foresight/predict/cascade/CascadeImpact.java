package dev.foresight.predict.cascade;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A service reached by a failure through critical dependencies. {@code path} runs from the
 * failing service to this one; {@code weights[i]} is the edge between path[i] and path[i+1].
 */
public record CascadeImpact(String service, double confidence, List<String> path, List<Double> weights) {
    public CascadeImpact {
        path = List.copyOf(path);
        weights = List.copyOf(weights);
    }

    public String source() {
        return path.get(0);
    }

    /**
     * "checkout depends critically on payments (payments → checkout); payments: latency_ms forecast
     * 612 ms &gt; SLO 500 ms in 240 s; P=0.87; cascade P=0.87 × 0.80 = 0.70".
     */
    public String reasoning(String sourceSummary, double sourceConfidence) {
        String ws = weights.stream().map(w -> String.format(Locale.ROOT, "%.2f", w)).collect(Collectors.joining(" × "));
        String via = path.size() > 2 ? "transitively " : "";
        return String.format(Locale.ROOT, "%s depends %scritically on %s (%s); %s: %s; cascade P=%.2f × %s = %.2f",
                service, via, source(), String.join(" → ", path), source(), sourceSummary, sourceConfidence, ws,
                confidence);
    }
}
