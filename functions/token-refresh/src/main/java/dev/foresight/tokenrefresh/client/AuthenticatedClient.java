package dev.foresight.tokenrefresh.client;

import dev.foresight.tokenrefresh.oauth.Scope;

/** A client whose secret has been checked, with the scopes it may be granted. */
public record AuthenticatedClient(String clientId, Scope scopes) {}
