package dev.foresight.cli.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

    private static List<SseEvent> parse(String text) {
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>();
        text.lines().forEach(line -> parser.line(line).ifPresent(events::add));
        parser.line("").ifPresent(events::add);
        return events;
    }

    @Test
    void eventsEndAtABlankLine() {
        List<SseEvent> events = parse("""
                event: heartbeat
                data: 2026-12-02T13:00:00Z

                : a comment
                event: alert
                id: 12
                data: {"id":12,"severity":"critical"}

                """);
        assertEquals(List.of(new SseEvent("heartbeat", null, "2026-12-02T13:00:00Z"),
                new SseEvent("alert", "12", "{\"id\":12,\"severity\":\"critical\"}")), events);
    }

    @Test
    void dataLinesJoinAndTheDefaultNameIsMessage() {
        assertEquals(List.of(new SseEvent("message", null, "one\ntwo")), parse("data:one\ndata: two\n"));
    }

    @Test
    void aBlankLineWithoutDataDispatchesNothing() {
        assertEquals(List.of(), parse("event: alert\n\n\n"));
    }
}
