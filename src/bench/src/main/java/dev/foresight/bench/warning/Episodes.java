package dev.foresight.bench.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Groups warnings into episodes, as an alert would fire and resolve: consecutive evaluations
 * that all warn form one episode; one quiet evaluation ends it.
 */
public final class Episodes {
    /** An episode as the first and last slot that warned. */
    public record Episode(int firstSlot, int lastSlot) {}

    private Episodes() {
    }

    /**
     * Episodes among the evaluations (in slot order) that {@code counted} accepts; evaluations it
     * rejects end an episode as a quiet one would, so a run split by a window counts on each side.
     */
    public static List<Episode> of(List<Warning> evaluations, IntPredicate counted) {
        List<Episode> episodes = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (Warning w : evaluations) {
            if (w.raised() && counted.test(w.slot())) {
                if (first < 0) {
                    first = w.slot();
                }
                last = w.slot();
            } else if (first >= 0) {
                episodes.add(new Episode(first, last));
                first = -1;
            }
        }
        if (first >= 0) {
            episodes.add(new Episode(first, last));
        }
        return episodes;
    }
}
