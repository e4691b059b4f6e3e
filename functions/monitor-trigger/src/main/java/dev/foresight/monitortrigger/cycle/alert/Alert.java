package dev.foresight.monitortrigger.cycle.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/** One alert for alert-route's {@code POST /alerts}; {@code runbookUrl} is its service's runbook, if any. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alert(
        String type,
        String service,
        String summary,
        Double confidence,
        Long timeToFailureSeconds,
        Map<String, String> labels,
        String runbookUrl) {
    public Alert(String type, String service, String summary, Double confidence, Long timeToFailureSeconds,
            Map<String, String> labels) {
        this(type, service, summary, confidence, timeToFailureSeconds, labels, null);
    }

    public Alert withRunbook(String link) {
        return new Alert(type, service, summary, confidence, timeToFailureSeconds, labels, link);
    }
}
