package dev.foresight.alertroute.receiver.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.alert.AlertView;
import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.severity.Severity;
import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Opens a session's stream: a heartbeat once attached, a gap if events the client missed are no
 * longer kept, the alerts after its {@code Last-Event-ID} from the log, then live ones, filtered
 * for the session, with heartbeats; until the token that opened it expires or is revoked, when a
 * last event says which and the stream ends.
 */
@ApplicationScoped
public class StreamService {
    private static final Logger LOG = Logger.getLogger(StreamService.class);
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** A session counts as connected while refreshed within this many heartbeats. */
    private static final int LIVENESS_BEATS = 3;

    private final AlertLog log;
    private final LogCursor cursor;
    private final SessionStore sessions;
    private final RevocationFeed revocations;
    private final ObjectMapper json;
    private final Duration heartbeat;
    private final int buffer;

    public StreamService(AlertLog log, AlertFeed feed, SessionStore sessions, RevocationFeed revocations, ObjectMapper json,
            AlertRouteConfig config) {
        this.log = log;
        this.cursor = new LogCursor(log, feed, config.stream().replayPage());
        this.sessions = sessions;
        this.revocations = revocations;
        this.json = json;
        this.heartbeat = config.stream().heartbeat();
        this.buffer = config.stream().buffer();
    }

    /** Where a stream resumes: the {@code Last-Event-ID} header, else the {@code lastEventId} query parameter. */
    public record LastEventId(String header, String query) {
        Optional<EventId> parsed() {
            if (header != null) {
                return Optional.of(EventId.parse(header).orElseThrow(() -> ProblemException.invalid("Last-Event-ID", EventId.RULE)));
            }
            if (query != null) {
                return Optional.of(EventId.parse(query).orElseThrow(() -> ProblemException.invalid("lastEventId", EventId.RULE)));
            }
            return Optional.empty();
        }
    }

    /**
     * {@code severity} and {@code service} are comma-separated lists; when both are absent, the
     * session keeps the filters it was stored with (none for a new session), otherwise they become
     * its filters. The first event is a heartbeat, sent once the stream's place in the log is fixed
     * and the revocation feed subscribed: nothing published afterwards is missed.
     */
    public Multi<StreamEvent> open(String sessionId, String severity, String service, LastEventId resumeAt, StreamToken token) {
        SessionStore.Key key = key(sessionId, token);
        Optional<StreamFilter> given = severity == null && service == null
                ? Optional.empty() : Optional.of(new StreamFilter(severities(severity), list(service)));
        Optional<EventId> lastEventId = resumeAt.parsed();
        return sessions.find(key)
                .map(stored -> given.orElseGet(() -> stored.map(StreamSession::filter).orElse(StreamFilter.ALL)))
                .call(filter -> sessions.connect(key, filter))
                .chain(filter -> log.state().map(state -> new Opening(filter, state, Resume.decide(lastEventId, state))))
                .call(revocations::ready)
                .onItem().transformToMulti(opening -> until(stream(key, opening), end(token)));
    }

    /** The session's stored status, connected or not; 404 when this client has no such session. */
    public Uni<SessionStatus> status(String sessionId, StreamToken token) {
        return sessions.find(key(sessionId, token)).map(found -> SessionStatus.of(
                found.orElseThrow(() -> ProblemException.notFound("no stream session \"" + sessionId + "\"")),
                Instant.now(), heartbeat.multipliedBy(LIVENESS_BEATS)));
    }

    private record Opening(StreamFilter filter, LogState log, Resume resume) {}

    private Multi<StreamEvent> stream(SessionStore.Key key, Opening opening) {
        LOG.debugf("stream %s opened with %s from %s", key, opening.filter(), opening.resume());
        AtomicReference<EventId> delivered = new AtomicReference<>();
        List<StreamEvent> first = new ArrayList<>(List.of(new StreamEvent.Heartbeat(Instant.now())));
        opening.resume().gap().ifPresent(gap -> first.add(new StreamEvent.Gap(gap, opening.log())));
        Multi<StreamEvent> head = Multi.createFrom().iterable(first);
        Multi<StreamEvent> alerts = cursor.after(opening.resume().after())
                .onOverflow().buffer(buffer)
                .map(this::read)
                .filter(alert -> alert != null && opening.filter().admits(alert.alert().severity(), alert.alert().service()))
                .invoke(alert -> delivered.set(alert.id()))
                .map(alert -> (StreamEvent) alert);
        Multi<StreamEvent> beats = Multi.createFrom().ticks().startingAfter(heartbeat).every(heartbeat).onOverflow().drop()
                .invoke(tick -> remember(sessions.seen(key, Optional.ofNullable(delivered.get())), key))
                .map(tick -> new StreamEvent.Heartbeat(Instant.now()));
        return Multi.createBy().concatenating().streams(head, Multi.createBy().merging().streams(alerts, beats))
                .onTermination().invoke(() -> remember(sessions.disconnect(key, Optional.ofNullable(delivered.get())), key));
    }

    private static void remember(Uni<Void> write, SessionStore.Key key) {
        write.subscribe().with(done -> { }, failure -> LOG.warnf("stream session %s not updated: %s", key, failure.getMessage()));
    }

    /** The token's end: its expiry, or a revocation that names it, whichever comes first. */
    private Uni<StreamEvent> end(StreamToken token) {
        Uni<StreamEvent> expiry = token.expiresAt()
                .map(at -> Uni.createFrom().<StreamEvent>item(new StreamEvent.End(StreamEvent.End.TOKEN_EXPIRED))
                        .onItem().delayIt().by(Duration.ofMillis(Math.max(0, at.toEpochMilli() - System.currentTimeMillis()))))
                .orElseGet(() -> Uni.createFrom().nothing());
        Uni<StreamEvent> revoked = revocations.messages()
                .map(message -> Revocation.read(json, message))
                .filter(revocation -> revocation.isPresent() && token.revokedBy(revocation.get()))
                .<StreamEvent>map(revocation -> new StreamEvent.End(StreamEvent.End.TOKEN_REVOKED))
                .toUni();
        return Uni.combine().any().of(expiry, revoked);
    }

    /** {@code live} until {@code end} comes; then {@code end}'s event, and the stream completes. */
    private static Multi<StreamEvent> until(Multi<StreamEvent> live, Uni<StreamEvent> end) {
        return Multi.createFrom().emitter(emitter -> {
            Cancellable events = live.subscribe().with(emitter::emit, emitter::fail, emitter::complete);
            Cancellable ending = end.subscribe().with(last -> {
                events.cancel();
                LOG.debugf("stream ends: %s", last);
                emitter.emit(last);
                emitter.complete();
            }, emitter::fail);
            emitter.onTermination(() -> {
                events.cancel();
                ending.cancel();
            });
        }, BackPressureStrategy.BUFFER);
    }

    private StreamEvent.Alert read(AlertLog.Entry entry) {
        try {
            return new StreamEvent.Alert(entry.id(), json.readValue(entry.json(), AlertView.class));
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            LOG.warnf("skipping unreadable alert log entry %s: %s", entry.id(), unreadable.getMessage());
            return null;
        }
    }

    private static SessionStore.Key key(String sessionId, StreamToken token) {
        if (sessionId == null || !SESSION_ID.matcher(sessionId).matches()) {
            throw ProblemException.invalid("sessionId", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return new SessionStore.Key(token.clientId(), sessionId);
    }

    private static Set<Severity> severities(String raw) {
        try {
            return Severity.parseAll(list(raw));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalid("severity", unknown.getMessage());
        }
    }

    private static Set<String> list(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
