package dev.foresight.alertroute.am.inhibit;

import java.util.List;

/** Why a service's alert is muted: the failing root and the critical edges from the service down to it. */
public record CascadePath(String rootService, String rootFingerprint, List<Edge> edges) {
    public CascadePath {
        edges = List.copyOf(edges);
    }
}
