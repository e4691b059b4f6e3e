package dev.foresight.monitortrigger.cycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something a cycle could not do; the cycle went on without it. {@code source} names the collect source, if any. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CycleError")
public record CycleError(String step, String source, String service, String message) {
    public CycleError(String step, String service, String message) {
        this(step, null, service, message);
    }
}
