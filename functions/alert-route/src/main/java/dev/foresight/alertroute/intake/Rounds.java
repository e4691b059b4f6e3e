package dev.foresight.alertroute.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Cuts arrivals, in order, into rounds that set-based statements can store at once and that end as
 * storing them one by one would: a round holds each fingerprint at most once (a repeat waits for the
 * next round, so it updates what the round before stored), and an arrival that replaces older states
 * of its prediction closes its round (what it replaces must already be stored, what follows it not yet).
 */
final class Rounds {
    private Rounds() {}

    static <A> List<List<A>> of(List<A> arrivals, Function<A, String> fingerprint, Predicate<A> closesRound) {
        List<List<A>> rounds = new ArrayList<>();
        List<A> round = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (A arrival : arrivals) {
            if (!seen.add(fingerprint.apply(arrival))) {
                rounds.add(round);
                round = new ArrayList<>();
                seen.clear();
                seen.add(fingerprint.apply(arrival));
            }
            round.add(arrival);
            if (closesRound.test(arrival)) {
                rounds.add(round);
                round = new ArrayList<>();
                seen.clear();
            }
        }
        if (!round.isEmpty()) {
            rounds.add(round);
        }
        return rounds;
    }
}
