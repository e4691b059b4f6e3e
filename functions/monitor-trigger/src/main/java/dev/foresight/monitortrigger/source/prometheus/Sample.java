package dev.foresight.monitortrigger.source.prometheus;

import java.time.Instant;

/** One point of one series; Prometheus's NaN and infinities are kept as such for the caller to drop. */
public record Sample(Instant time, double value) {}
