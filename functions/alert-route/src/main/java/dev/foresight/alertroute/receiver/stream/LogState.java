package dev.foresight.alertroute.receiver.stream;

/**
 * What the alert log says about itself ({@code XINFO STREAM}): the newest id it ever handed out,
 * the newest id it has dropped (trimmed by retention or deleted), and its oldest kept entry.
 * An empty or missing log is all {@link EventId#ZERO}.
 */
public record LogState(EventId lastGenerated, EventId maxDeleted, EventId oldestKept) {
    public static final LogState EMPTY = new LogState(EventId.ZERO, EventId.ZERO, EventId.ZERO);
}
