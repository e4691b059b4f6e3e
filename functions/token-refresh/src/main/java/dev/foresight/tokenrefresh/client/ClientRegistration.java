package dev.foresight.tokenrefresh.client;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Body of {@code POST /clients}. */
@RegisterForReflection
public record ClientRegistration(String clientId, List<String> scopes) {}
