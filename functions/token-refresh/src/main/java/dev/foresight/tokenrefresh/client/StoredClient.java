package dev.foresight.tokenrefresh.client;

import dev.foresight.tokenrefresh.oauth.Scope;

/** A client row as written: the secret only as its {@link SecretHasher} hash. */
public record StoredClient(String clientId, String secretHash, Scope scopes) {}
