package dev.foresight.alertroute.am.route;

import dev.foresight.alertroute.am.config.RouteSpec;
import dev.foresight.alertroute.am.label.LabelSets;
import dev.foresight.alertroute.am.matcher.Matcher;
import dev.foresight.alertroute.am.matcher.Matchers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A node of the routing tree with its options already inherited (Alertmanager's dispatch.Route):
 * receiver, grouping and timers come from the nearest ancestor that set them; mute and active time
 * intervals and {@code continue} belong to the node alone, as in Alertmanager 0.25.
 */
public final class Route {
    static final Duration DEFAULT_GROUP_WAIT = Duration.ofSeconds(30);
    static final Duration DEFAULT_GROUP_INTERVAL = Duration.ofMinutes(5);
    static final Duration DEFAULT_REPEAT_INTERVAL = Duration.ofHours(4);
    private static final String GROUP_BY_ALL = "...";

    private final String key;
    private final String id;
    private final String receiver;
    private final List<Matcher> matchers;
    private final boolean continueMatching;
    private final GroupBy groupBy;
    private final Duration groupWait;
    private final Duration groupInterval;
    private final Duration repeatInterval;
    private final List<String> muteTimeIntervals;
    private final List<String> activeTimeIntervals;
    private final List<Route> routes;

    private Route(RouteSpec spec, Route parent, int position) {
        this.receiver = spec.receiver().orElse(parent == null ? "" : parent.receiver);
        this.matchers = Matchers.sorted(spec.matchers());
        this.continueMatching = spec.continueMatching();
        this.groupBy = inheritGroupBy(spec, parent == null ? GroupBy.NONE : parent.groupBy);
        this.groupWait = spec.groupWait().orElse(parent == null ? DEFAULT_GROUP_WAIT : parent.groupWait);
        this.groupInterval = spec.groupInterval().orElse(parent == null ? DEFAULT_GROUP_INTERVAL : parent.groupInterval);
        this.repeatInterval = spec.repeatInterval().orElse(parent == null ? DEFAULT_REPEAT_INTERVAL : parent.repeatInterval);
        this.muteTimeIntervals = spec.muteTimeIntervals();
        this.activeTimeIntervals = spec.activeTimeIntervals();
        String own = Matchers.toString(matchers);
        this.key = parent == null ? own : parent.key + "/" + own;
        // 0.25 suffixes every non-root ID with the node's position among its siblings
        this.id = parent == null ? key : key + "/" + position;
        List<Route> children = new ArrayList<>(spec.routes().size());
        for (int i = 0; i < spec.routes().size(); i++) {
            children.add(new Route(spec.routes().get(i), this, i));
        }
        this.routes = List.copyOf(children);
    }

    /** The tree for a validated root spec. */
    public static Route root(RouteSpec spec) {
        return new Route(spec, null, 0);
    }

    /**
     * A list of names replaces the parent's grouping and clears {@code ...}; {@code ...} alone turns
     * on grouping by all labels; an absent or empty list keeps the parent's.
     */
    private static GroupBy inheritGroupBy(RouteSpec spec, GroupBy parent) {
        List<String> written = spec.groupBy().orElse(List.of());
        Set<String> names = new LinkedHashSet<>(written);
        boolean all = names.remove(GROUP_BY_ALL);
        if (!names.isEmpty()) {
            return new GroupBy(names, false);
        }
        return all ? new GroupBy(parent.labels(), true) : parent;
    }

    public String receiver() {
        return receiver;
    }

    /** Sorted as Alertmanager sorts them. */
    public List<Matcher> matchers() {
        return matchers;
    }

    public boolean continueMatching() {
        return continueMatching;
    }

    public GroupBy groupBy() {
        return groupBy;
    }

    public Duration groupWait() {
        return groupWait;
    }

    public Duration groupInterval() {
        return groupInterval;
    }

    public Duration repeatInterval() {
        return repeatInterval;
    }

    public List<String> muteTimeIntervals() {
        return muteTimeIntervals;
    }

    public List<String> activeTimeIntervals() {
        return activeTimeIntervals;
    }

    public List<Route> routes() {
        return routes;
    }

    /** Alertmanager's Route.Key(): the matchers of every ancestor, e.g. {@code {}/{team="db"}}. Not unique. */
    public String key() {
        return key;
    }

    /** Alertmanager's Route.ID(): the key plus the position among siblings, unique in the tree. */
    public String id() {
        return id;
    }

    /**
     * Alertmanager's Route.Match: depth first, left to right; the first matching child ends the
     * search unless it has {@code continue}; a node none of whose children match is itself the match.
     */
    public List<Route> match(Map<String, String> labels) {
        if (!Matchers.matchAll(matchers, labels)) {
            return List.of();
        }
        List<Route> all = new ArrayList<>();
        for (Route child : routes) {
            List<Route> matches = child.match(labels);
            all.addAll(matches);
            if (!matches.isEmpty() && !child.continueMatching) {
                break;
            }
        }
        return all.isEmpty() ? List.of(this) : List.copyOf(all);
    }

    /** The labels of the alert that name its group on this route. */
    public Map<String, String> groupLabels(Map<String, String> labels) {
        return groupBy.select(labels);
    }

    /** The aggregation group's key as Alertmanager shows it, e.g. in a webhook's {@code groupKey}. */
    public String groupKey(Map<String, String> groupLabels) {
        return key + ":" + LabelSets.toString(groupLabels);
    }

    /** Visits this node and then its children, depth first. */
    public void walk(Consumer<Route> visit) {
        visit.accept(this);
        routes.forEach(child -> child.walk(visit));
    }

    @Override
    public String toString() {
        return "Route[" + id() + " -> " + receiver + "]";
    }
}
