package dev.foresight.bench.warning;

/**
 * The first warning for one labelled window, raised in its lead-up or inside it.
 *
 * @param warningSlot slot of the first warning, -1 when none came
 * @param minutesEarly minutes from that warning to the window start (negative: inside the window)
 * @param minutesBeforeLabel minutes from that warning to the labelled failure ({@code NaN} if unknown)
 */
public record WindowOutcome(int windowStart, int warningSlot, double minutesEarly, double minutesBeforeLabel,
                            double confidence, double ttfSeconds, boolean above) {
    public boolean warned() {
        return warningSlot >= 0;
    }
}
