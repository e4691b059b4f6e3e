package dev.foresight.tokenrefresh.client;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Answer of {@code POST /clients}: the only time the secret is ever shown. */
@RegisterForReflection
public record RegisteredClient(String clientId, String clientSecret, List<String> scopes) {
    @Override
    public String toString() {
        return "RegisteredClient[clientId=" + clientId + ", scopes=" + scopes + "]";
    }
}
