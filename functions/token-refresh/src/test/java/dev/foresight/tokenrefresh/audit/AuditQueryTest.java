package dev.foresight.tokenrefresh.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.shared.problem.ProblemException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditQueryTest {

    @Test
    void defaultsToTheNewestHundredOfEveryClientAndEvent() {
        assertEquals(new AuditQuery(100, Optional.empty(), Optional.empty()), AuditQuery.of(null, "", null));
    }

    @Test
    void keepsTheFilters() {
        assertEquals(new AuditQuery(5, Optional.of("ops"), Optional.of("logout")), AuditQuery.of("5", "ops", "logout"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "-1", "ten", "99999999999"})
    void refusesALimitOutOfRange(String limit) {
        assertThrows(ProblemException.class, () -> AuditQuery.of(limit, null, null));
    }

    @Test
    void refusesControlCharactersAndLongFilters() {
        assertThrows(ProblemException.class, () -> AuditQuery.of(null, "ops\u0000", null));
        assertThrows(ProblemException.class, () -> AuditQuery.of(null, null, "e".repeat(201)));
    }
}
