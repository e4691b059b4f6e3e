package dev.foresight.cli.output;

/** Seconds as an operator reads them: "45s", "3m20s", "2h05m", "3d4h". */
public final class Durations {
    private Durations() {}

    public static String seconds(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds) || seconds < 0) {
            return "-";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm%02ds", s / 60, s % 60);
        }
        if (s < 86_400) {
            return String.format("%dh%02dm", s / 3600, (s % 3600) / 60);
        }
        return String.format("%dd%dh", s / 86_400, (s % 86_400) / 3600);
    }
}
