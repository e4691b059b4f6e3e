package dev.foresight.monitortrigger.fleet.declared;

import dev.foresight.monitortrigger.fleet.file.DeclaredDependency;
import dev.foresight.monitortrigger.fleet.file.DeclaredLimits;
import dev.foresight.monitortrigger.fleet.file.DeclaredService;
import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.input.Bounded;
import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Once a fleet document is declared it is the source of truth: a write to {@code /services} or
 * {@code /dependencies} that would make the registrations differ from it is refused with a 409
 * saying which declaration it contradicts. Writes that change nothing (the declared values
 * again) go through; before any fleet document is accepted, every write does.
 */
@ApplicationScoped
public class FleetGuard {
    private final DeclaredFleet declared;

    public FleetGuard(DeclaredFleet declared) {
        this.declared = declared;
    }

    /** {@code POST /services}: only a declared service (which is then already registered). */
    public Uni<Void> register(String name) {
        return refuseIf(fleet -> fleet.document().service(name).isEmpty()
                ? Optional.of("it does not declare service " + Bounded.quote(name)) : Optional.empty());
    }

    /** {@code PUT /services/{name}}: only the declared values. */
    public Uni<Void> update(String name, String healthUrl, String runbookUrl, DeclaredLimits limits) {
        return refuseIf(fleet -> fleet.document().service(name).flatMap(s -> {
            List<String> differ = differences(s, healthUrl, runbookUrl, limits);
            return differ.isEmpty() ? Optional.empty()
                    : Optional.of("it declares service " + Bounded.quote(name) + " with another " + String.join(", ", differ));
        }));
    }

    /** {@code DELETE /services/{name}}: never a declared service. */
    public Uni<Void> delete(String name) {
        return refuseIf(fleet -> fleet.document().service(name).isPresent()
                ? Optional.of("it declares service " + Bounded.quote(name)) : Optional.empty());
    }

    /** {@code POST} or {@code PUT /dependencies}: only the declared edge with its declared kind and weight. */
    public Uni<Void> edge(String from, String to, String kind, Double weight) {
        return refuseIf(fleet -> {
            Optional<DeclaredDependency> d = fleet.document().dependency(from, to);
            if (d.isEmpty()) {
                return Optional.of("it does not declare " + Bounded.quote(from) + " depending on " + Bounded.quote(to));
            }
            boolean same = d.get().kind().equals(kind) && weightOf(d.get().weight()) == weightOf(weight);
            return same ? Optional.empty() : Optional.of("it declares " + Bounded.quote(from) + " depending on " + Bounded.quote(to)
                    + " as " + d.get().kind() + " with weight " + weightOf(d.get().weight()));
        });
    }

    /** {@code DELETE /dependencies/{service}/{dependsOn}}: never a declared edge. */
    public Uni<Void> removeEdge(String from, String to) {
        return refuseIf(fleet -> fleet.document().dependency(from, to).isPresent()
                ? Optional.of("it declares " + Bounded.quote(from) + " depending on " + Bounded.quote(to)) : Optional.empty());
    }

    private Uni<Void> refuseIf(Function<DeclaredFleet.Current, Optional<String>> contradiction) {
        // shared: many writes at once, none while a document is being accepted
        return FleetLock.shared().chain(() -> declared.current()).chain(current -> {
            Optional<String> why = current.flatMap(contradiction);
            return why.isEmpty() ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(ProblemException.conflict("the fleet is declared by " + current.get().describe()
                            + " and " + why.get() + ": change the fleet document (POST /fleet, or the file and a restart)"
                            + " rather than the registrations"));
        });
    }

    private static List<String> differences(DeclaredService s, String healthUrl, String runbookUrl, DeclaredLimits limits) {
        ServiceEntity defaults = new ServiceEntity();
        DeclaredLimits d = s.limits();
        List<String> differ = new ArrayList<>();
        if (!Objects.equals(s.healthUrl(), healthUrl)) {
            differ.add("healthUrl");
        }
        if (!Objects.equals(s.runbookUrl(), runbookUrl)) {
            differ.add("runbookUrl");
        }
        check(differ, "latencySloMs", d.latencySloMs(), limits.latencySloMs(), defaults.latencySloMs);
        check(differ, "errorRateLimit", d.errorRateLimit(), limits.errorRateLimit(), defaults.errorRateLimit);
        check(differ, "cpuLimit", d.cpuLimit(), limits.cpuLimit(), defaults.cpuLimit);
        check(differ, "memoryLimit", d.memoryLimit(), limits.memoryLimit(), defaults.memoryLimit);
        return differ;
    }

    private static void check(List<String> differ, String field, Double declared, Double asked, double fallback) {
        if ((declared == null ? fallback : declared) != (asked == null ? fallback : asked)) {
            differ.add(field);
        }
    }

    private static double weightOf(Double weight) {
        return weight == null ? 1.0 : weight;
    }
}
