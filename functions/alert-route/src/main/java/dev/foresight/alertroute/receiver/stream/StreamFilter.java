package dev.foresight.alertroute.receiver.stream;

import dev.foresight.alertroute.severity.Severity;
import java.util.Optional;
import java.util.Set;

/** What one stream session wants to see. An empty set admits everything. */
public record StreamFilter(Set<Severity> severities, Set<String> services) {
    public static final StreamFilter ALL = new StreamFilter(Set.of(), Set.of());

    public StreamFilter {
        severities = Set.copyOf(severities);
        services = Set.copyOf(services);
    }

    public boolean admits(String severity, String service) {
        Optional<Severity> parsed = Severity.parse(severity);
        return (severities.isEmpty() || parsed.map(severities::contains).orElse(false))
                && (services.isEmpty() || services.contains(service));
    }
}
