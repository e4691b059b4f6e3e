package dev.foresight.shared.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedTest {
    @Test
    void quoteCutsLongValuesAndEscapesControls() {
        assertEquals("\"a\\u0000b\"", Bounded.quote("a\u0000b"));
        assertEquals("\"" + "x".repeat(Bounded.QUOTE) + "…\"", Bounded.quote("x".repeat(10_000)));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00".repeat(100);
        String quoted = Bounded.quote(emoji);
        assertEquals("\"" + "\uD83D\uDE00".repeat(Bounded.QUOTE) + "…\"", quoted);
    }

    @Test
    void anUnpairedSurrogateIsEscaped() {
        assertEquals("\"a\\uD800\"", Bounded.quote("a\uD800"));
    }

    @Test
    void aProblemListsABoundedNumberOfErrorsWhateverWasSent() {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            errors.add(new Problem.FieldError("scopes[" + i + "]", "unknown scope " + "s".repeat(1000)));
        }
        Problem problem = ProblemException.invalid(errors).problem();
        assertEquals(ProblemException.MAX_ERRORS, problem.errors().size());
        assertTrue(problem.detail().endsWith("; and more"));
        assertTrue(problem.detail().length() < ProblemException.MAX_ERRORS * (Bounded.RULE + Bounded.FIELD + 10),
                "detail had " + problem.detail().length() + " characters");
    }
}
