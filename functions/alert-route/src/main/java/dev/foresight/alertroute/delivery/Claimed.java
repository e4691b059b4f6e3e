package dev.foresight.alertroute.delivery;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.Set;

/**
 * A queued notification this instance holds the lease on: what to tell which integration, the
 * notification-log entry it stands for, what earlier rounds did, and, when it was claimed from an
 * instance whose lease ran out, that instance's name.
 */
record Claimed(long id, String logKey, String integration, String receiver, JsonObject payload, Set<String> firing,
        Set<String> resolved, int attempts, int rounds, JsonArray attemptLog, Optional<String> abandonedBy) {}
