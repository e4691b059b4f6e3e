package dev.foresight.monitortrigger.cycle.collect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One health probe: a 2xx answer is healthy, any other answer or none is not. Latency is known
 * only when the service answered; a refused connection says nothing about its latency.
 */
public record ProbeResult(boolean healthy, Integer status, Double latencyMs, String error) {

    public static ProbeResult answered(int status, double latencyMs) {
        return new ProbeResult(status >= 200 && status < 300, status, latencyMs, null);
    }

    public static ProbeResult unreachable(String error) {
        return new ProbeResult(false, null, null, error);
    }

    public double health() {
        return healthy ? 1.0 : 0.0;
    }

    /** Stored with the snapshot, so a reader can tell probes from pushed metrics and see why. */
    public Map<String, Object> metadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("source", "probe");
        if (status != null) {
            metadata.put("status", status);
        }
        if (error != null) {
            metadata.put("error", error);
        }
        return metadata;
    }
}
