package dev.foresight.predict.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Either a registered {@code service} (its recent snapshots are read) or an inline {@code series};
 * {@code horizonSeconds} applies to both.
 */
@RegisterForReflection
@Schema(name = "PredictRequest")
public record PredictRequest(String service, Integer horizonSeconds, SeriesInput series) {

    /** A regularly spaced series sent in the request. {@code name} is where results are stored, if given. */
    @RegisterForReflection
    public record SeriesInput(String name, String metric, Double stepSeconds, List<Double> values,
                              Double limit) {}
}
