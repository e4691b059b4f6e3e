package dev.foresight.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded alert summaries and log lines of the length embed sees (10 to 30 words): services,
 * metrics, numbers, hosts and error words that vary, so no two sentences are the same.
 */
final class IncidentSentences {
    private static final String[] SERVICES = {"checkout", "payments", "frontend", "search", "inventory", "auth",
        "orders", "shipping", "catalog", "billing"};
    private static final String[] METRICS = {"p99 latency", "error rate", "CPU", "memory", "request rate",
        "queue depth", "disk usage", "connection pool"};
    private static final String[] CAUSES = {"after the deploy", "under rising load", "since the cache flush",
        "while the database failover runs", "because a dependency times out", "with a memory leak suspected",
        "after the certificate rotation", "during the nightly batch"};
    private static final String[] ERRORS = {"connection refused", "timeout waiting for lock", "out of memory",
        "broken pipe", "TLS handshake failed", "too many open files", "deadlock detected", "503 from upstream"};

    private IncidentSentences() {}

    static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String service = SERVICES[random.nextInt(SERVICES.length)];
            String host = service + "-" + Integer.toHexString(0x1000 + random.nextInt(0xefff)) + ".prod.internal";
            sentences.add(switch (random.nextInt(3)) {
                case 0 -> String.format("%s %s is %d%% above its limit %s and is forecast to breach its SLO in %d minutes",
                        service, METRICS[random.nextInt(METRICS.length)], 5 + random.nextInt(90),
                        CAUSES[random.nextInt(CAUSES.length)], 2 + random.nextInt(120));
                case 1 -> String.format("ERROR [%s] request %d to %s failed: %s after %d ms (attempt %d of 3)",
                        service, random.nextInt(1_000_000), host, ERRORS[random.nextInt(ERRORS.length)],
                        random.nextInt(30_000), 1 + random.nextInt(3));
                default -> String.format("%s on %s: %s rose from %d to %d over the last hour %s; on-call paged",
                        service, host, METRICS[random.nextInt(METRICS.length)], random.nextInt(500),
                        500 + random.nextInt(5_000), CAUSES[random.nextInt(CAUSES.length)]);
            });
        }
        return sentences;
    }
}
