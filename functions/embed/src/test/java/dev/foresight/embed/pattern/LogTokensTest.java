package dev.foresight.embed.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LogTokensTest {
    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("words stay, numbers go", "Took 19.05 seconds to spawn",
                        List.of("Took", "<*>", "seconds", "to", "spawn")),
                Arguments.of("keys and values split at = and :", "size=4 status: 200",
                        List.of("size", "=", "<*>", "status", ":", "<*>")),
                Arguments.of("a value runs to the next white space", "from 10.0.0.1,10.0.0.2 via a=1&b=x",
                        List.of("from", "<*>", "via", "a", "=", "<*>")),
                Arguments.of("a path is a variable", "Error loading /home/yates/bandwidth.rts: invalid",
                        List.of("Error", "loading", "<*>", "invalid")),
                Arguments.of("brackets and quotes are tokens", "[instance: b9000564-fe1a] VM Started (Lifecycle Event)",
                        List.of("[", "instance", ":", "<*>", "VM", "Started", "(", "Lifecycle", "Event", ")")),
                Arguments.of("leading and repeated white space do not count", "  flush   sensor data ",
                        List.of("flush", "sensor", "data")),
                Arguments.of("an empty message has no token", "", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void cutsMessagesIntoTokens(String name, String message, List<String> expected) {
        assertEquals(expected, LogTokens.of(message).tokens());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void keepsOneSpacingFlagAndOneRawTextPerToken(String name, String message, List<String> expected) {
        LogTokens tokens = LogTokens.of(message);
        assertEquals(expected.size(), tokens.spaced().size());
        assertEquals(expected.size(), tokens.raw().size());
    }
}
