package dev.foresight.monitortrigger.fleet;

import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import java.util.List;
import java.util.stream.Collectors;

/** A service others depend on is not deleted unless asked to ({@code ?force=true}). */
public class ServiceInUse extends ProblemException {
    private final transient List<Dependent> dependents;

    /** One service that depends on the one being deleted, and how. */
    public record Dependent(String service, String kind) {}

    public ServiceInUse(String name, List<Dependent> dependents) {
        super(Problem.of(409, "Conflict", dependents.stream()
                .map(d -> d.service() + " depends on " + name + " (" + d.kind() + ")")
                .collect(Collectors.joining("; "))));
        this.dependents = List.copyOf(dependents);
    }

    public List<Dependent> dependents() {
        return dependents;
    }
}
