package dev.foresight.alertroute.receiver.stream;

import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.shared.redis.Channels;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stream sessions in Redis, one hash per (client, session id) with a time to live refreshed by
 * every connection and heartbeat: any instance finds a session's filters when its client comes
 * back. A session belongs to the client that opened it: another client's same id is another session.
 */
@Singleton
public class SessionStore {
    private final ReactiveHashCommands<String, String, String> hashes;
    private final ReactiveKeyCommands<String> keys;
    private final Duration ttl;

    public SessionStore(ReactiveRedisDataSource redis, AlertRouteConfig config) {
        this.hashes = redis.hash(String.class);
        this.keys = redis.key(String.class);
        this.ttl = config.stream().sessionTtl();
    }

    /** A connection's session key: the owner ({@code -} without authentication) and the session id. */
    public record Key(String owner, String sessionId) {
        String redisKey() {
            return Channels.STREAM_SESSION_PREFIX + (owner == null ? "-" : owner) + ":" + sessionId;
        }
    }

    public Uni<Optional<StreamSession>> find(Key key) {
        return hashes.hgetall(key.redisKey()).map(fields -> StreamSession.read(key.sessionId(), fields));
    }

    /**
     * Counts a new connection of the session, creating it if it is new, and stores {@code filter}
     * as its filters.
     */
    public Uni<Void> connect(Key key, StreamFilter filter) {
        String now = Long.toString(System.currentTimeMillis());
        Map<String, String> fields = new HashMap<>(StreamSession.fields(filter));
        fields.put(StreamSession.LAST_SEEN_AT, now);
        return hashes.hsetnx(key.redisKey(), StreamSession.CREATED_AT, now)
                .chain(() -> hashes.hset(key.redisKey(), fields))
                .chain(() -> hashes.hincrby(key.redisKey(), StreamSession.CONNECTIONS, 1))
                .chain(() -> keys.pexpire(key.redisKey(), ttl))
                .replaceWithVoid();
    }

    /** The connection is alive; {@code delivered} is the last event sent to it, if any. */
    public Uni<Void> seen(Key key, Optional<EventId> delivered) {
        Map<String, String> fields = new HashMap<>();
        fields.put(StreamSession.LAST_SEEN_AT, Long.toString(System.currentTimeMillis()));
        delivered.ifPresent(id -> fields.put(StreamSession.LAST_EVENT_ID, id.toString()));
        return hashes.hset(key.redisKey(), fields).chain(() -> keys.pexpire(key.redisKey(), ttl)).replaceWithVoid();
    }

    /** The connection closed: a last {@link #seen}, and one connection fewer. */
    public Uni<Void> disconnect(Key key, Optional<EventId> delivered) {
        return seen(key, delivered).chain(() -> hashes.hincrby(key.redisKey(), StreamSession.CONNECTIONS, -1)).replaceWithVoid();
    }
}
