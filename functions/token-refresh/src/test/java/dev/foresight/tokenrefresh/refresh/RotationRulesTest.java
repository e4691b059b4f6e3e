package dev.foresight.tokenrefresh.refresh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.tokenrefresh.refresh.RotationRules.TokenState;
import dev.foresight.tokenrefresh.refresh.RotationRules.Verdict;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RotationRulesTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final Instant EARLIER = NOW.minusSeconds(3600);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("fresh token of the presenting client", new TokenState("ops", LATER, null, null), "ops", Verdict.USABLE),
                Arguments.of("no such token", null, "ops", Verdict.UNKNOWN),
                Arguments.of("another client's token", new TokenState("other", LATER, null, null), "ops", Verdict.WRONG_CLIENT),
                Arguments.of("another client's used token changes nothing", new TokenState("other", LATER, EARLIER, null), "ops", Verdict.WRONG_CLIENT),
                Arguments.of("revoked token", new TokenState("ops", LATER, null, EARLIER), "ops", Verdict.REVOKED),
                Arguments.of("revoked and used token is revoked", new TokenState("ops", LATER, EARLIER, EARLIER), "ops", Verdict.REVOKED),
                Arguments.of("used token is reuse", new TokenState("ops", LATER, EARLIER, null), "ops", Verdict.REUSED),
                Arguments.of("used and expired token is still reuse", new TokenState("ops", EARLIER, EARLIER, null), "ops", Verdict.REUSED),
                Arguments.of("expired token", new TokenState("ops", EARLIER, null, null), "ops", Verdict.EXPIRED),
                Arguments.of("expiring this instant is expired", new TokenState("ops", NOW, null, null), "ops", Verdict.EXPIRED),
                Arguments.of("expiring a second later is usable", new TokenState("ops", NOW.plusSeconds(1), null, null), "ops", Verdict.USABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(String name, TokenState token, String presentingClient, Verdict expected) {
        assertEquals(expected, RotationRules.judge(token, presentingClient, NOW));
    }
}
