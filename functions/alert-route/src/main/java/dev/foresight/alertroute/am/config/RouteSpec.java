package dev.foresight.alertroute.am.config;

import dev.foresight.alertroute.am.matcher.Matcher;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One {@code route:} node as written, before inheritance: an empty Optional means "take the
 * parent's". Legacy {@code match}/{@code match_re} are already folded into {@code matchers}.
 * {@code groupBy} holds the list as written, {@code ...} included.
 */
public record RouteSpec(
        Optional<String> receiver,
        List<Matcher> matchers,
        Optional<List<String>> groupBy,
        boolean continueMatching,
        Optional<Duration> groupWait,
        Optional<Duration> groupInterval,
        Optional<Duration> repeatInterval,
        List<String> muteTimeIntervals,
        List<String> activeTimeIntervals,
        List<RouteSpec> routes) {

    public RouteSpec {
        matchers = List.copyOf(matchers);
        groupBy = groupBy.map(List::copyOf);
        muteTimeIntervals = List.copyOf(muteTimeIntervals);
        activeTimeIntervals = List.copyOf(activeTimeIntervals);
        routes = List.copyOf(routes);
    }

    /** A leaf or root that only names a receiver. */
    public static RouteSpec to(String receiver) {
        return new RouteSpec(Optional.of(receiver), List.of(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());
    }
}
