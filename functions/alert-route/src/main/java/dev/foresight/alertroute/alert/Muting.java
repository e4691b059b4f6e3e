package dev.foresight.alertroute.alert;

import dev.foresight.alertroute.dispatch.Mutes;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Why an alert is not notified now: the silences that match it, the alert that inhibits it, and
 * for a cascade, the failing service it depends on and the critical edges that lead there.
 */
@RegisterForReflection
public record Muting(boolean muted, List<String> silencedBy, List<String> inhibitedBy, Cascade cascade) {

    @RegisterForReflection
    public record Cascade(String rootService, String rootFingerprint, List<Hop> edges) {}

    /** One critical edge: {@code service} depends on {@code dependsOn}. */
    @RegisterForReflection
    public record Hop(String service, String dependsOn) {}

    public static Muting of(Mutes.Verdict verdict) {
        Cascade cascade = verdict.cascade().map(path -> new Cascade(path.rootService(), path.rootFingerprint(),
                path.edges().stream().map(edge -> new Hop(edge.service(), edge.dependsOn())).toList())).orElse(null);
        return new Muting(verdict.muted(), verdict.silencedBy(), verdict.inhibitedBy(), cascade);
    }
}
