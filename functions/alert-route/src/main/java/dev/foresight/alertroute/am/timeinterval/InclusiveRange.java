package dev.foresight.alertroute.am.timeinterval;

/**
 * An inclusive {@code begin:end} range of weekdays (0 = Sunday), days of the month (negative counts
 * back from the month's end, -1 = last day), months (1 = January) or years.
 */
public record InclusiveRange(int begin, int end) {
    /** Contains nothing: stands for a list written empty, which Alertmanager reads as "never". */
    public static final InclusiveRange NONE = new InclusiveRange(1, 0);

    public boolean contains(int n) {
        return n >= begin && n <= end;
    }
}
