package dev.foresight.monitortrigger.fleet;

import dev.foresight.monitortrigger.validation.FieldChecks;
import dev.foresight.shared.problem.Problem;
import java.util.List;
import java.util.Set;

/** What an edge must satisfy before the services it names are looked up. */
public final class DependencyRules {
    /** critical edges propagate failures in cascade prediction; the others do not. */
    public static final Set<String> KINDS = Set.of("critical", "optional", "fallback");

    /** Longer than any registrable name (ServiceRules), so a too-long one reads as "unknown". */
    static final int MAX_NAME = 200;

    private DependencyRules() {}

    public static List<Problem.FieldError> check(DependencyRequest r) {
        if (r == null) {
            return List.of(new Problem.FieldError("body", "is required"));
        }
        FieldChecks checks = new FieldChecks()
                .required("service", r.service())
                .required("dependsOn", r.dependsOn())
                .required("kind", r.kind());
        checks.line("service", r.service(), MAX_NAME).line("dependsOn", r.dependsOn(), MAX_NAME);
        if (r.kind() != null && !r.kind().isBlank() && !KINDS.contains(r.kind())) {
            checks.fail("kind", "must be one of critical, optional, fallback");
        }
        if (r.service() != null && !r.service().isBlank() && r.service().equals(r.dependsOn())) {
            checks.fail("dependsOn", "must differ from service: a service cannot depend on itself");
        }
        return checks.fraction("weight", r.weight()).errors();
    }
}
