package dev.foresight.monitortrigger.fleet;

/** {@code PUT /dependencies/{service}/{dependsOn}}: the edge's new kind and weight (default 1). */
public record DependencyUpdate(String kind, Double weight) {}
