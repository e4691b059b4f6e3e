package dev.foresight.monitortrigger.fleet;

/** {@code POST /dependencies}: "service depends on dependsOn"; weight defaults to 1. */
public record DependencyRequest(String service, String dependsOn, String kind, Double weight) {}
