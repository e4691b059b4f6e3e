package dev.foresight.tokenrefresh.client;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Body of {@code PUT /clients/{id}}: the client's scopes, and optionally a new secret chosen by
 * the caller (absent: the secret is kept).
 */
@RegisterForReflection
public record ClientUpdate(List<String> scopes, String clientSecret) {
    @Override
    public String toString() {
        return "ClientUpdate[scopes=" + scopes + ", clientSecret=" + (clientSecret == null ? "absent" : "***") + "]";
    }
}
