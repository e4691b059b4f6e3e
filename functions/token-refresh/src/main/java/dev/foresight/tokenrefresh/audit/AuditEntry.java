package dev.foresight.tokenrefresh.audit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.OffsetDateTime;
import java.util.Map;

/** One row of the audit log as {@code GET /audit} shows it. */
@RegisterForReflection
public record AuditEntry(long id, OffsetDateTime at, String event, String clientId, Map<String, Object> details) {}
