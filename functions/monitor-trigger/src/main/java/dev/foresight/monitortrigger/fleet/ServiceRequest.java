package dev.foresight.monitortrigger.fleet;

/** {@code POST /services}: a service to monitor; absent limits take the table defaults; runbookUrl is where on-call looks first. */
public record ServiceRequest(
        String name,
        String healthUrl,
        Double latencySloMs,
        Double errorRateLimit,
        Double cpuLimit,
        Double memoryLimit,
        String runbookUrl) {}
