package dev.foresight.tokenrefresh.apikey;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Body of {@code POST /api-keys}: a name for people, and the scopes the key grants (as a client's). */
@RegisterForReflection
public record ApiKeyIssue(String name, List<String> scopes) {}
