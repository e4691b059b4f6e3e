package dev.foresight.alertroute.receiver.stream;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Redis stream entry id, {@code <milliseconds>-<sequence>}: the SSE {@code id:} of an alert
 * event and what a reconnecting client sends back as {@code Last-Event-ID}. Ids only grow, so the
 * order of two ids is the order of their events.
 */
public record EventId(long millis, long sequence) implements Comparable<EventId> {
    public static final EventId ZERO = new EventId(0, 0);
    public static final String RULE = "must be a stream event id <milliseconds>-<sequence>, e.g. 1733212800000-0";
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,19})-(\\d{1,19})");

    public EventId {
        if (millis < 0 || sequence < 0) {
            throw new IllegalArgumentException("an event id has no negative part");
        }
    }

    /** The id written as {@code text}, or empty when it is not one (including parts past a signed 64-bit long). */
    public static Optional<EventId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EventId(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /** For ids Redis hands out, which are always well formed. */
    public static EventId of(String redisId) {
        return parse(redisId).orElseThrow(() -> new IllegalArgumentException("not a stream id: \"" + redisId + "\""));
    }

    @Override
    public int compareTo(EventId other) {
        int byTime = Long.compare(millis, other.millis);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }

    public boolean isAfter(EventId other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return millis + "-" + sequence;
    }
}
