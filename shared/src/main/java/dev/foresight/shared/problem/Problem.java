package dev.foresight.shared.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} names each offending field and the rule it
 * broke, so a client can fix its request without reading logs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Problem")
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "FieldError")
    public record FieldError(String field, String rule) {}

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }
}
