package dev.foresight.alertroute.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundsTest {
    private record A(String fingerprint, boolean lineage) {}

    private static List<List<String>> rounds(A... arrivals) {
        return Rounds.of(List.of(arrivals), A::fingerprint, A::lineage).stream()
                .map(round -> round.stream().map(A::fingerprint).toList()).toList();
    }

    @Test
    void distinctAlertsShareOneRound() {
        assertEquals(List.of(List.of("a", "b", "c")),
                rounds(new A("a", false), new A("b", false), new A("c", false)));
    }

    @Test
    void aRepeatWaitsForTheNextRoundSoItUpdatesWhatTheFirstStored() {
        assertEquals(List.of(List.of("a", "b"), List.of("a", "c"), List.of("a")),
                rounds(new A("a", false), new A("b", false), new A("a", false), new A("c", false), new A("a", false)));
    }

    @Test
    void anAlertThatReplacesOlderStatesClosesItsRound() {
        assertEquals(List.of(List.of("a", "p1"), List.of("p2"), List.of("b")),
                rounds(new A("a", false), new A("p1", true), new A("p2", true), new A("b", false)));
    }

    @Test
    void nothingInNoRounds() {
        assertEquals(List.of(), rounds());
    }
}
