package dev.foresight.cli.stream;

import java.util.Optional;

/**
 * Reads the {@code text/event-stream} format line by line: fields accumulate until a blank line
 * dispatches the event; comment lines (":") and unknown fields are ignored; several data lines
 * join with a newline. Pure, so it is tested without a server.
 */
public final class SseParser {
    private String name;
    private String id;
    private StringBuilder data;

    /** Feeds one line (without its line ending); returns the event a blank line completes. */
    public Optional<SseEvent> line(String line) {
        if (line.isEmpty()) {
            if (data == null) {
                name = null;
                return Optional.empty();
            }
            SseEvent event = new SseEvent(name == null ? "message" : name, id, data.toString());
            name = null;
            data = null;
            return Optional.of(event);
        }
        if (line.startsWith(":")) {
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> name = value;
            case "id" -> id = value;
            case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            default -> { }
        }
        return Optional.empty();
    }
}
