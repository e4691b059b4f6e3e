package dev.foresight.monitortrigger.cycle.predict;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One line of predict's batch answer: the entry at {@code index} of the request, with either its
 * prediction or the problem predict would have answered a single call with.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record PredictLine(Integer index, String service, PredictResponse prediction, Problem problem) {

    /** The part of an RFC 9457 problem the cycle report needs. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(Integer status, String detail) {}
}
