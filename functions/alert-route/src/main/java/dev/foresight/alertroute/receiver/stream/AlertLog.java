package dev.foresight.alertroute.receiver.stream;

import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.shared.redis.Channels;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.stream.ReactiveStreamCommands;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.redis.datasource.stream.XAddArgs;
import io.quarkus.redis.datasource.stream.XReadArgs;
import io.quarkus.redis.datasource.stream.XTrimArgs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The alert log: every alert event, as JSON, in the Redis stream {@link Channels#ALERT_LOG}, with
 * a bounded retention. Its entry ids are the SSE event ids, so any instance can serve any client
 * from the id it last saw.
 */
@Singleton
public class AlertLog {
    static final String FIELD = "alert";
    private static final Logger LOG = Logger.getLogger(AlertLog.class);

    private final ReactiveStreamCommands<String, String, String> streams;
    private final ReactiveRedisDataSource redis;
    private final long maxEvents;
    private final Duration maxAge;

    public AlertLog(ReactiveRedisDataSource redis, AlertRouteConfig config) {
        this.redis = redis;
        this.streams = redis.stream(String.class);
        this.maxEvents = config.stream().retention().maxEvents();
        this.maxAge = config.stream().retention().maxAge();
    }

    /** One entry read from the log. */
    public record Entry(EventId id, String json) {
        static Entry of(StreamMessage<String, String, String> message) {
            return new Entry(EventId.of(message.id()), message.payload().get(FIELD));
        }
    }

    /** Appends an alert, trimming the log to about {@code retention.max-events} in the same command. */
    public Uni<EventId> append(String json) {
        return streams.xadd(Channels.ALERT_LOG, new XAddArgs().maxlen(maxEvents).nearlyExactTrimming(), Map.of(FIELD, json))
                .map(EventId::of);
    }

    /**
     * Appends several alerts in one round trip (pipelined, in order), trimming as {@link #append}
     * does: a storm's commit tells the streams with one call, not one per alert.
     */
    public Uni<Void> appendAll(List<String> jsons) {
        if (jsons.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Request> requests = jsons.stream().map(json -> (Request) Request.cmd(Command.XADD).arg(Channels.ALERT_LOG)
                .arg("MAXLEN").arg("~").arg(maxEvents).arg("*").arg(FIELD).arg(json)).toList();
        return redis.getRedis().batch(requests).replaceWithVoid();
    }

    /** Up to {@code count} entries after {@code after}, oldest first. */
    public Uni<List<Entry>> after(EventId after, int count) {
        return streams.xrange(Channels.ALERT_LOG, StreamRange.of("(" + after, "+"), count)
                .map(messages -> messages.stream().map(Entry::of).toList());
    }

    /** Entries after {@code after}, waiting up to {@code block} for the first one; empty when none came. */
    public Uni<List<Entry>> next(EventId after, Duration block, int count) {
        return streams.xread(Channels.ALERT_LOG, after.toString(), new XReadArgs().block(block).count(count))
                .map(messages -> messages == null ? List.<Entry>of() : messages.stream().map(Entry::of).toList());
    }

    /** The log's newest id, newest dropped id and oldest kept entry; {@link LogState#EMPTY} before the first append. */
    public Uni<LogState> state() {
        return redis.execute("XINFO", "STREAM", Channels.ALERT_LOG)
                .map(AlertLog::state)
                .onFailure(failure -> String.valueOf(failure.getMessage()).contains("no such key"))
                .recoverWithItem(LogState.EMPTY);
    }

    private static LogState state(Response info) {
        Response first = field(info, "first-entry");
        EventId oldest = first == null || first.size() == 0 ? EventId.ZERO : EventId.of(first.get(0).toString());
        Response deleted = field(info, "max-deleted-entry-id");
        return new LogState(EventId.of(field(info, "last-generated-id").toString()),
                deleted == null ? EventId.ZERO : EventId.of(deleted.toString()), oldest);
    }

    /** A field of an XINFO reply, read as a map (RESP3) or as a flat name/value list (RESP2). */
    private static Response field(Response info, String name) {
        if (isMap(info)) {
            return info.get(name);
        }
        for (int i = 0; i + 1 < info.size(); i += 2) {
            if (name.equals(info.get(i).toString())) {
                return info.get(i + 1);
            }
        }
        return null;
    }

    private static boolean isMap(Response info) {
        try {
            return info.getKeys() != null && !info.getKeys().isEmpty();
        } catch (UnsupportedOperationException list) {
            return false;
        }
    }

    /** The age bound: {@code MAXLEN} trims at each append, but an idle log would otherwise keep old events. */
    @Scheduled(every = "1m", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> trimByAge() {
        String oldestKept = (System.currentTimeMillis() - maxAge.toMillis()) + "-0";
        return streams.xtrim(Channels.ALERT_LOG, new XTrimArgs().minid(oldestKept).nearlyExactTrimming())
                .invoke(trimmed -> {
                    if (trimmed > 0) {
                        LOG.debugf("alert log: %d events older than %s trimmed", trimmed, maxAge);
                    }
                })
                .onFailure().invoke(failure -> LOG.warnf("alert log not trimmed by age: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
