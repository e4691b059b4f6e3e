package dev.foresight.monitortrigger.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Service names unique to this test run: the test database is shared, so each run works on
 * its own services and counts only their rows.
 */
public final class Names {
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Names() {}

    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + NEXT.incrementAndGet();
    }
}
