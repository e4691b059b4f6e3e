package dev.foresight.monitortrigger.source.prometheus;

import java.time.Duration;

/** A duration as PromQL writes it inside {@code [...]}: {@code 90s}, {@code 1500ms}. */
public final class PromDuration {
    private PromDuration() {}

    public static String of(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
