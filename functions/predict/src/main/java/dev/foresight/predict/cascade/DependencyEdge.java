package dev.foresight.predict.cascade;

import java.util.Objects;

/** "{@code service} depends on {@code dependsOn}", with the share of failures that pass along it. */
public record DependencyEdge(String service, String dependsOn, DependencyKind kind, double weight) {
    public DependencyEdge {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(dependsOn, "dependsOn");
        Objects.requireNonNull(kind, "kind");
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be within [0, 1], got " + weight);
        }
    }
}
