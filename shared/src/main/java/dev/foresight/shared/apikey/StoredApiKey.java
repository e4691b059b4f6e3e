package dev.foresight.shared.apikey;

import java.time.Instant;
import java.util.Set;

/**
 * One version of an API key as stored, joined with its key.
 *
 * @param expiresAt null while this is the current version; set when a rotation supersedes it
 */
public record StoredApiKey(String keyId, Set<String> scopes, long versionId, int version, String secretHash,
        Instant expiresAt, Instant versionRevokedAt, Instant keyRevokedAt) {}
