package dev.foresight.alertroute.receiver.stream;

import java.util.Optional;

/**
 * Where a stream starts reading the alert log, and whether it must first tell its client that
 * events were lost. Pure: decided from the client's {@code Last-Event-ID} and the log's state.
 *
 * @param after the stream sends the entries after this id
 * @param gap   present when some events after the client's id are no longer in the log
 */
public record Resume(EventId after, Optional<Gap> gap) {

    /** Events after {@code lastEventId} that the log no longer holds. */
    public record Gap(EventId lastEventId, String reason) {
        /** Trimmed by the retention (count or age) or deleted. */
        public static final String RETENTION = "retention";
        /** The id is newer than any the log handed out: the log was emptied or recreated since. */
        public static final String UNKNOWN_ID = "unknown_id";
    }

    /**
     * Without an id, only what comes next. With one, everything after it; if the log has dropped
     * an entry after it, a gap first (the dropped entry may or may not have passed the session's
     * filter: the log cannot tell, so the client is told that events <em>may</em> be missing).
     * An id ahead of the log means the log was reset: everything it holds is news to the client.
     */
    public static Resume decide(Optional<EventId> lastEventId, LogState log) {
        if (lastEventId.isEmpty()) {
            return new Resume(log.lastGenerated(), Optional.empty());
        }
        EventId last = lastEventId.get();
        if (last.isAfter(log.lastGenerated())) {
            return new Resume(EventId.ZERO, Optional.of(new Gap(last, Gap.UNKNOWN_ID)));
        }
        if (log.maxDeleted().isAfter(last)) {
            return new Resume(last, Optional.of(new Gap(last, Gap.RETENTION)));
        }
        return new Resume(last, Optional.empty());
    }
}
