package dev.foresight.tokenrefresh.revocation;

import java.util.List;

/** The claims of an access token this server signed, as introspection reports them. */
public record AccessClaims(String jti, String clientId, String subject, String scope, List<String> audience,
                           String issuer, long issuedAt, long expiresAt) {}
