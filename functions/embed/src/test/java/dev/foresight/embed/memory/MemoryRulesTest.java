package dev.foresight.embed.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.embed.embedding.TextRules;
import dev.foresight.shared.problem.Problem.FieldError;
import dev.foresight.shared.problem.ProblemException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemoryRulesTest {
    private final MemoryRules rules = new MemoryRules(new TextRules(64, 100), 5, 50);

    @ParameterizedTest(name = "k={0}")
    @CsvSource({"1,1", "50,50", "' 7 ',7"})
    void acceptsKWithinBounds(String k, int expected) {
        assertEquals(expected, rules.query("disk full", k, null).k());
    }

    @Test
    void defaultsK() {
        assertEquals(new SearchQuery("disk full", 5, dev.foresight.shared.memory.MemoryFilter.NONE, SearchMode.HYBRID), rules.query("disk full", null, null));
    }

    @ParameterizedTest(name = "mode={0}")
    @CsvSource({"hybrid,HYBRID", "vector,VECTOR", "text,TEXT"})
    void acceptsEachMode(String mode, SearchMode expected) {
        assertEquals(expected, rules.query("disk full", null, null, null, null, null, mode).mode());
    }

    @ParameterizedTest(name = "mode={0}")
    @ValueSource(strings = {"", "HYBRID", "bm25", " text"})
    void rejectsAnUnknownModeNamingTheAllowedOnes(String mode) {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> rules.query("disk full", null, null, null, null, null, mode));
        assertEquals(List.of(new FieldError("mode", "must be one of hybrid, vector, text, was \"" + mode + "\"")),
                problem.problem().errors());
    }

    @ParameterizedTest(name = "k={0}")
    @ValueSource(strings = {"0", "51", "-1", "abc", "1.5", "", "99999999999"})
    void rejectsKOutsideBounds(String k) {
        ProblemException problem = assertThrows(ProblemException.class, () -> rules.query("disk full", k, null));
        assertEquals(List.of(new FieldError("k", "must be an integer between 1 and 50, was \"" + k + "\"")),
                problem.problem().errors());
    }

    @ParameterizedTest(name = "kind={0}")
    @ValueSource(strings = {"incident", "alert:cascade", "test-1f0c.x_y", "a"})
    void acceptsIdentifierKinds(String kind) {
        assertEquals(kind, rules.check(new NewMemory("db down", kind, null)).kind());
    }

    @ParameterizedTest(name = "kind={0}")
    @ValueSource(strings = {"Incident", "-leading", "with space", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ü"})
    void rejectsOtherKinds(String kind) {
        ProblemException problem = assertThrows(ProblemException.class, () -> rules.check(new NewMemory("db down", kind, null)));
        assertEquals(List.of(new FieldError("kind", MemoryRules.KIND_RULE)), problem.problem().errors());
    }

    @Test
    void reportsEveryBrokenRuleOfAMemory() {
        Map<String, Object> metadata = new HashMap<>();
        IntStream.range(0, 65).forEach(i -> metadata.put("k" + i, i));
        ProblemException problem = assertThrows(ProblemException.class, () -> rules.check(new NewMemory(" ", null, metadata)));
        assertEquals(List.of(new FieldError("text", "must not be blank"), new FieldError("kind", "must not be blank"),
                new FieldError("metadata", "must have at most 64 entries, had 65")), problem.problem().errors());
    }

    @Test
    void missingMetadataBecomesEmpty() {
        assertEquals(Map.of(), rules.check(new NewMemory("db down", "incident", null)).metadata());
    }

    @Test
    void rejectsAMissingBody() {
        ProblemException problem = assertThrows(ProblemException.class, () -> rules.check(null));
        assertEquals(List.of(new FieldError("body", "must be a JSON object")), problem.problem().errors());
    }

    @Test
    void searchNeedsAQuery() {
        ProblemException problem = assertThrows(ProblemException.class, () -> rules.query(null, "0", "Bad Kind"));
        assertEquals(List.of(new FieldError("q", "must not be blank"),
                new FieldError("k", "must be an integer between 1 and 50, was \"0\""),
                new FieldError("kind", MemoryRules.KIND_RULE)), problem.problem().errors());
    }

    @Test
    void searchFiltersAreKept() {
        SearchQuery query = rules.query("disk full", "3", "incident", "checkout", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
        assertEquals(new dev.foresight.shared.memory.MemoryFilter("incident", "checkout",
                java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.Instant.parse("2026-02-01T00:00:00Z")), query.filter());
    }

    @Test
    void badSearchFiltersAreNamed() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> rules.query("disk full", null, null, " ", "yesterday", null));
        assertEquals(List.of(new FieldError("service", "must be 1 to 100 characters"),
                new FieldError("since", "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z, was \"yesterday\"")),
                problem.problem().errors());
    }

    @Test
    void aTimeRangeMustNotBeEmpty() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> rules.query("disk full", null, null, null, "2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z"));
        assertEquals(List.of(new FieldError("until", "must be after since (2026-02-01T00:00:00Z), was 2026-01-01T00:00:00Z")),
                problem.problem().errors());
    }
}
