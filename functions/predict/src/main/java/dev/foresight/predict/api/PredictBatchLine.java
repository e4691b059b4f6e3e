package dev.foresight.predict.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.foresight.shared.problem.Problem;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of POST /predict/batch's answer: the entry at {@code index} of the request, named by its
 * service (null for an unnamed inline series), with either what POST /predict would have answered or
 * the problem it would have answered with.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PredictBatchLine")
public record PredictBatchLine(int index, String service, PredictResponse prediction, Problem problem) {

    public static PredictBatchLine predicted(int index, String service, PredictResponse prediction) {
        return new PredictBatchLine(index, service, prediction, null);
    }

    public static PredictBatchLine failed(int index, String service, Problem problem) {
        return new PredictBatchLine(index, service, null, problem);
    }
}
