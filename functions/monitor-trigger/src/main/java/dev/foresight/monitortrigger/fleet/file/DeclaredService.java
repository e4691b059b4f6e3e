package dev.foresight.monitortrigger.fleet.file;

import java.util.Optional;

/**
 * One entry of {@code services:}: what a registration holds (name, health URL, limits) plus the
 * runbook link and, optionally, how Prometheus is asked about it. Absent values are null.
 */
public record DeclaredService(String name, String healthUrl, String runbookUrl, DeclaredLimits limits,
        Optional<DeclaredPrometheus> prometheus) {
    public DeclaredService {
        limits = limits == null ? DeclaredLimits.NONE : limits;
        prometheus = prometheus == null ? Optional.empty() : prometheus;
    }
}
