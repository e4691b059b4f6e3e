package dev.foresight.monitortrigger.cycle.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/** One alert for alert-route's {@code POST /alerts}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alert(
        String type,
        String service,
        String summary,
        Double confidence,
        Long timeToFailureSeconds,
        Map<String, String> labels) {}
