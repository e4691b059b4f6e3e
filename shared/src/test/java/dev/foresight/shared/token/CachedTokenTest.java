package dev.foresight.shared.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CachedTokenTest {
    private static final Instant ISSUED = Instant.parse("2025-06-01T12:00:00Z");
    private static final Duration MARGIN = Duration.ofSeconds(60);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("just issued", 900L, 0L, true),
                Arguments.of("61 s before expiry", 900L, 839L, true),
                Arguments.of("exactly 60 s before expiry", 900L, 840L, false),
                Arguments.of("after expiry", 900L, 1000L, false),
                Arguments.of("lifetime shorter than the margin", 30L, 0L, false),
                Arguments.of("negative lifetime treated as expired", -5L, 0L, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void usable(String name, long expiresIn, long secondsLater, boolean expected) {
        CachedToken token = CachedToken.issued("t", expiresIn, ISSUED);
        assertEquals(expected, token.usableAt(ISSUED.plusSeconds(secondsLater), MARGIN));
    }
}
