package dev.foresight.tokenrefresh.client;

import dev.foresight.tokenrefresh.oauth.Scope;

/** One client to seed: its id, its plain secret (hashed before it is stored) and its scopes. */
public record ClientSpec(String clientId, String secret, Scope scopes) {
    @Override
    public String toString() {
        return "ClientSpec[clientId=" + clientId + ", scopes=" + scopes + "]";
    }
}
