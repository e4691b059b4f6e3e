package dev.foresight.monitortrigger.fleet.file;

/**
 * A service's limits (its SLOs): beyond them it counts as failing. A limit left out takes the
 * registration default (latency 500 ms, error rate 0.05, cpu 0.9, memory 0.9).
 */
public record DeclaredLimits(Double latencySloMs, Double errorRateLimit, Double cpuLimit, Double memoryLimit) {
    public static final DeclaredLimits NONE = new DeclaredLimits(null, null, null, null);
}
