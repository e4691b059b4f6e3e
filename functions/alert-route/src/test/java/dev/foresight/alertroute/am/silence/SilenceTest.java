package dev.foresight.alertroute.am.silence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.alertroute.am.matcher.Matcher;
import dev.foresight.alertroute.am.matcher.Matchers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SilenceTest {
    private static final Instant START = Instant.parse("2025-01-01T10:00:00Z");
    private static final Instant END = Instant.parse("2025-01-01T12:00:00Z");
    private static final Silence DB = new Silence("s1", Matchers.parse("{service=\"db\", severity=~\"warn.*\"}"), START, END,
            "alice", "maintenance", START);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2025-01-01T09:59:59Z, PENDING",
        "2025-01-01T10:00:00Z, ACTIVE",
        "2025-01-01T12:00:00Z, ACTIVE",
        "2025-01-01T12:00:00.001Z, EXPIRED",
    })
    void stateFollowsTheWindow(String now, Silence.State expected) {
        assertEquals(expected, DB.state(Instant.parse(now)));
    }

    @Test
    void wireNamesAreLowerCase() {
        assertEquals("pending", Silence.State.PENDING.wire());
        assertEquals("active", Silence.State.ACTIVE.wire());
        assertEquals("expired", Silence.State.EXPIRED.wire());
    }

    @Test
    void mutesOnlyWhileActiveAndMatching() {
        Map<String, String> warn = Map.of("service", "db", "severity", "warning");
        assertTrue(DB.mutes(warn, START.plusSeconds(60)));
        assertFalse(DB.mutes(warn, START.minusSeconds(60)));
        assertFalse(DB.mutes(warn, END.plusSeconds(60)));
        assertFalse(DB.mutes(Map.of("service", "db", "severity", "critical"), START.plusSeconds(60)));
        assertFalse(DB.mutes(Map.of("service", "dbx", "severity", "warning"), START.plusSeconds(60)));
    }

    @Test
    void aValidSilenceHasNoProblems() {
        assertEquals(List.of(), DB.problems());
    }

    @Test
    void problemsUseAlertmanagersWords() {
        assertEquals(List.of("at least one matcher required"), Silence.problems(List.of(), START, END, "a", "c"));
        assertEquals(List.of("at least one matcher must not match the empty string"),
                Silence.problems(Matchers.parse("{a=\"\", b=~\".*\"}"), START, END, "a", "c"));
        assertEquals(List.of("start time must be before end time"), Silence.problems(Matchers.parse("a=b"), END, START, "a", "c"));
        assertEquals(List.of("start time must be before end time"), Silence.problems(Matchers.parse("a=b"), START, START, "a", "c"));
        assertEquals(List.of("createdBy in body is required", "comment in body is required"),
                Silence.problems(Matchers.parse("a=b"), START, END, "", null));
        assertEquals(List.of("invalid label matcher 0: invalid label name \"a:b\""),
                Silence.problems(List.of(Matcher.equal("a:b", "x")), START, END, "a", "c"));
    }

    @Test
    void negativeMatchersNeverCountAsMatchingEmpty() {
        // as in Alertmanager, a!="x" matches the empty string but does not make the silence too broad
        assertEquals(List.of(), Silence.problems(Matchers.parse("a!=x"), START, END, "a", "c"));
        assertEquals(List.of(), Silence.problems(Matchers.parse("a!~\".*\""), START, END, "a", "c"));
        assertEquals(List.of(), Silence.problems(Matchers.parse("{a=\"\", b=~\".+\"}"), START, END, "a", "c"));
    }
}
