package dev.foresight.tokenrefresh.grant;

import dev.foresight.tokenrefresh.client.AuthenticatedClient;
import dev.foresight.tokenrefresh.oauth.TokenRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** One OAuth grant type. Implementations are CDI beans, found by {@link TokenService}. */
public interface Grant {

    /** The {@code grant_type} value this grant answers. */
    String type();

    /** Parameters without which the request is an invalid_request, checked before authentication. */
    List<String> requiredParameters();

    /** Answers a request of an authenticated client; failures are {@code OAuthException}s. */
    Uni<TokenResponse> grant(TokenRequest request, AuthenticatedClient client);
}
