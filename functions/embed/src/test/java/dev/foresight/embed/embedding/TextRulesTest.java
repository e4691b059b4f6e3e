package dev.foresight.embed.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.shared.problem.Problem.FieldError;
import dev.foresight.shared.problem.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextRulesTest {
    private final TextRules rules = new TextRules(3, 10);

    static Stream<Arguments> badBatches() {
        return Stream.of(
                Arguments.of("missing", null, List.of(new FieldError("texts", "is required"))),
                Arguments.of("empty", List.of(), List.of(new FieldError("texts", "must hold between 1 and 3 texts, had 0"))),
                Arguments.of("too many", List.of("a", "b", "c", "d"),
                        List.of(new FieldError("texts", "must hold between 1 and 3 texts, had 4"))),
                Arguments.of("blank and null entries", Arrays.asList("ok", "  ", null),
                        List.of(new FieldError("texts[1]", "must not be blank"), new FieldError("texts[2]", "must not be blank"))),
                Arguments.of("too long", List.of("ok", "12345678901"),
                        List.of(new FieldError("texts[1]", "must be at most 10 characters"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBatches")
    void namesEveryOffendingEntry(String name, List<String> texts, List<FieldError> expected) {
        ProblemException problem = assertThrows(ProblemException.class, () -> rules.batch("texts", texts));
        assertEquals(400, problem.problem().status());
        assertEquals(expected, problem.problem().errors());
    }

    @Test
    void acceptsAFullBatchOfMaximalTexts() {
        List<String> texts = new ArrayList<>(Collections.nCopies(3, "1234567890"));
        assertEquals(texts, rules.batch("texts", texts));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String tenEmoji = "\uD83D\uDD25".repeat(10);
        assertEquals(tenEmoji, rules.single("q", tenEmoji));
    }

    @Test
    void singleNamesItsField() {
        ProblemException problem = assertThrows(ProblemException.class, () -> rules.single("q", ""));
        assertEquals(List.of(new FieldError("q", "must not be blank")), problem.problem().errors());
    }
}
