package dev.foresight.shared.apikey;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented with a request, for {@link ApiKeyIdentityProvider}. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {
    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
