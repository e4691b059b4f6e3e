package dev.foresight.predict.cascade;

import java.util.Locale;

/** How much a service needs a dependency: only a critical one carries its failure onward. */
public enum DependencyKind {
    CRITICAL, OPTIONAL, FALLBACK;

    public static DependencyKind parse(String kind) {
        return valueOf(kind.trim().toUpperCase(Locale.ROOT));
    }
}
