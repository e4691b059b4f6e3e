package dev.foresight.tokenrefresh.client;

import dev.foresight.shared.auth.OAuthClientEntity;
import dev.foresight.tokenrefresh.oauth.Scope;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.OffsetDateTime;
import java.util.List;

/** A registered client as the admin API shows it: never its secret, nor the secret's hash. */
@RegisterForReflection
public record ClientView(String clientId, List<String> scopes, OffsetDateTime createdAt) {

    static ClientView of(OAuthClientEntity e) {
        return new ClientView(e.clientId, List.copyOf(Scope.parse(e.scopes).values()), e.createdAt);
    }
}
