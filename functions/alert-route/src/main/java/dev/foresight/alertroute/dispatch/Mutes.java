package dev.foresight.alertroute.dispatch;

import dev.foresight.alertroute.am.inhibit.CascadeInhibition;
import dev.foresight.alertroute.am.inhibit.CascadePath;
import dev.foresight.alertroute.am.inhibit.FailingService;
import dev.foresight.alertroute.am.inhibit.Edge;
import dev.foresight.alertroute.am.inhibit.FiringAlert;
import dev.foresight.alertroute.am.inhibit.InhibitRule;
import dev.foresight.alertroute.am.inhibit.Inhibition;
import dev.foresight.alertroute.am.matcher.Matcher;
import dev.foresight.alertroute.am.matcher.Matchers;
import dev.foresight.alertroute.am.silence.Silence;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an alert is muted at one moment, and by what: the active silences that match it, the
 * firing alert that inhibits it by a rule, and, when cascade inhibition is on, the failing
 * service it depends on through critical edges (with the edges).
 */
public record Mutes(Collection<Silence> silences, List<InhibitRule> rules, Collection<FiringAlert> firing,
        Optional<Cascade> cascade, Instant now) {

    /** Cascade inhibition: which firing alerts count as a service failing, and the dependency graph. */
    public record Cascade(List<Matcher> sources, Collection<Edge> edges) {}

    public record Verdict(List<String> silencedBy, List<String> inhibitedBy, Optional<CascadePath> cascade) {
        public boolean muted() {
            return !silencedBy.isEmpty() || !inhibitedBy.isEmpty();
        }
    }

    public Verdict of(Map<String, String> labels) {
        List<String> silenced = silences.stream().filter(s -> s.mutes(labels, now)).map(Silence::id).sorted().toList();
        Optional<String> byRule = Inhibition.inhibitedBy(labels, rules, firing);
        Optional<CascadePath> path = cascade.flatMap(c -> byCascade(c, labels));
        List<String> inhibited = byRule.map(List::of)
                .or(() -> path.map(p -> List.of(p.rootFingerprint())))
                .orElse(List.of());
        return new Verdict(silenced, inhibited, byRule.isPresent() ? Optional.empty() : path);
    }

    private Optional<CascadePath> byCascade(Cascade c, Map<String, String> labels) {
        String service = labels.get("service");
        if (service == null || service.isEmpty()) {
            return Optional.empty();
        }
        List<FailingService> failing = firing.stream()
                .filter(alert -> alert.labels().containsKey("service") && Matchers.matchAll(c.sources(), alert.labels()))
                .map(alert -> new FailingService(alert.labels().get("service"), alert.fingerprint()))
                .toList();
        return failing.isEmpty() ? Optional.empty() : CascadeInhibition.inhibitedBy(service, failing, c.edges());
    }
}
