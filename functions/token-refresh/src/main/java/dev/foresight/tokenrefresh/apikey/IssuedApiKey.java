package dev.foresight.tokenrefresh.apikey;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The one answer that shows a key: after issuing or rotating. {@code previousVersionsExpireAt} is
 * when the versions it replaces stop working (null on first issue).
 */
@RegisterForReflection
public record IssuedApiKey(String keyId, String name, List<String> scopes, int version, String apiKey,
        OffsetDateTime createdAt, OffsetDateTime previousVersionsExpireAt) {}
