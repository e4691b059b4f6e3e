package dev.foresight.shared.redis;

/** The Redis channel and key names that functions share. */
public final class Channels {
    /** alert-route's alerts, a Redis stream (not a channel): SSE sessions replay it after a reconnect. */
    public static final String ALERT_LOG = "foresight:stream:alerts";
    /** alert-route's SSE sessions, one hash each: {@code <prefix><client id>:<session id>}. */
    public static final String STREAM_SESSION_PREFIX = "foresight:stream:session:";
    public static final String CYCLES = "foresight:events:cycles";
    public static final String PREDICTIONS = "foresight:events:predictions";
    /** token-refresh's revocations: {"clientId":..,"jti":.. or null,"issuedBefore":epoch seconds or null}. */
    public static final String REVOCATIONS = "foresight:events:revocations";
    public static final String MONITOR_LOCK = "foresight:lock:monitor-cycle";
    /** Prefix of a cycle trigger's idempotency key (+ a hash of the CloudEvent source and id, or the cycleId). */
    public static final String MONITOR_TRIGGER_PREFIX = "foresight:monitor:trigger:";
    public static final String PREDICTION_CACHE_PREFIX = "foresight:cache:prediction:";
    public static final String EMBEDDING_CACHE_PREFIX = "foresight:cache:embedding:";
    public static final String AT_RISK_CACHE_PREFIX = "foresight:cache:at-risk:";

    private Channels() {}
}
