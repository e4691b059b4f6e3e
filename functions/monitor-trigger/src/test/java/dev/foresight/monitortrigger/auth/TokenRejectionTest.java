package dev.foresight.monitortrigger.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.monitortrigger.client.UpstreamStatus;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokenRejectionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("401 from predict", UpstreamStatus.classify("predict", 401, null), true),
                Arguments.of("401 wrapped", new CompletionException(UpstreamStatus.classify("alert-route", 401, "")), true),
                Arguments.of("403 is a scope problem, the token is valid", UpstreamStatus.classify("predict", 403, null), false),
                Arguments.of("500", UpstreamStatus.classify("predict", 500, null), false),
                Arguments.of("anything else", new IllegalStateException("boom"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsToken(String name, Throwable failure, boolean expected) {
        assertEquals(expected, TokenProvider.rejectsToken(failure));
    }
}
