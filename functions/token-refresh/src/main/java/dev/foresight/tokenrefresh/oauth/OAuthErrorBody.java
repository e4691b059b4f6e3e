package dev.foresight.tokenrefresh.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** RFC 6749 §5.2 error response body. */
@RegisterForReflection
public record OAuthErrorBody(String error, @JsonProperty("error_description") String errorDescription) {}
