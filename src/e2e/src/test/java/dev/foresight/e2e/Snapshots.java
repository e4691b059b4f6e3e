package dev.foresight.e2e;

import java.time.Instant;
import java.util.Locale;

/** Snapshot bodies the suites push. */
final class Snapshots {
    private Snapshots() {}

    /** One hour of 30-second snapshots: {@code checkout}'s latency climbs steadily towards its 500 ms SLO. */
    static String degrading(String checkout, String frontend) {
        StringBuilder sb = new StringBuilder("{\"snapshots\":[");
        Instant end = Instant.now();
        int n = 120;
        for (int i = 0; i < n; i++) {
            Instant at = end.minusSeconds(30L * (n - 1 - i));
            double latency = 120 + 3.0 * i + ((i * 7919) % 11 - 5);
            if (i > 0) {
                sb.append(',');
            }
            sb.append(String.format(Locale.ROOT,
                    "{\"service\":\"%s\",\"time\":\"%s\",\"latencyMs\":%.1f,\"errorRate\":0.004,\"cpu\":0.41,\"memory\":0.52,\"requestCount\":1000},"
                            + "{\"service\":\"%s\",\"time\":\"%s\",\"latencyMs\":%.1f,\"errorRate\":0.002,\"cpu\":0.30,\"memory\":0.40,\"requestCount\":800}",
                    checkout, at, latency, frontend, at, 200.0 + (i % 5)));
        }
        return sb.append("]}").toString();
    }
}
