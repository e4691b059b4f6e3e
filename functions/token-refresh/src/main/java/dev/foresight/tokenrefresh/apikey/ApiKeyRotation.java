package dev.foresight.tokenrefresh.apikey;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Body of {@code POST /api-keys/{keyId}/rotate}: how long the versions issued so far keep
 * working ({@code "P90D"}, ISO-8601); {@code {}} for, {@code foresight.token-refresh.api-key-overlap}.
 */
@RegisterForReflection
public record ApiKeyRotation(String overlap) {}
