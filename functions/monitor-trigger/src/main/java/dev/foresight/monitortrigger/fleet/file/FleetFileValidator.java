package dev.foresight.monitortrigger.fleet.file;

import dev.foresight.monitortrigger.fleet.DependencyRequest;
import dev.foresight.monitortrigger.fleet.DependencyRules;
import dev.foresight.monitortrigger.fleet.ServiceRequest;
import dev.foresight.monitortrigger.fleet.ServiceRules;
import dev.foresight.shared.input.Bounded;
import dev.foresight.shared.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every rule of a fleet file beyond its shape, all reported at once, each at its path with the
 * offending value quoted. A service or an edge obeys the same rules as through the API
 * ({@link ServiceRules}, {@link DependencyRules}); the file adds what only a whole fleet can say:
 * names declared twice, edges to undeclared services, Prometheus templates, critical cycles.
 */
public final class FleetFileValidator {
    /** API field → path inside a service entry. */
    private static final Map<String, String> SERVICE_PATHS = Map.of("name", "name", "healthUrl", "healthUrl",
            "runbookUrl", "runbookUrl", "latencySloMs", "limits.latencySloMs", "errorRateLimit", "limits.errorRateLimit",
            "cpuLimit", "limits.cpuLimit", "memoryLimit", "limits.memoryLimit");
    /** API field → key of a dependency entry. */
    private static final Map<String, String> EDGE_PATHS = Map.of("service", "from", "dependsOn", "to", "kind", "kind",
            "weight", "weight");

    private FleetFileValidator() {}

    /** @param reported paths the parser already reported (a value of the wrong type), not reported again */
    public static List<FleetError> check(FleetDocument document, Set<String> reported) {
        List<FleetError> errors = new ArrayList<>();
        Map<String, Integer> firstAt = new HashMap<>();
        List<DeclaredService> services = document.services();
        for (int i = 0; i < services.size(); i++) {
            DeclaredService s = services.get(i);
            String at = "services[" + i + "]";
            service(at, s, reported, errors);
            if (s.name() != null && !s.name().isBlank()) {
                Integer first = firstAt.putIfAbsent(s.name(), i);
                if (first != null) {
                    errors.add(new FleetError(at + ".name", quote(s.name()) + " is declared twice (first at services[" + first + "])"));
                }
            }
            s.prometheus().ifPresent(p -> PrometheusChecks.check(at + ".prometheus", p, errors));
        }
        dependencies(document.dependencies(), firstAt.keySet(), reported, errors);
        return List.copyOf(errors);
    }

    private static void service(String at, DeclaredService s, Set<String> reported, List<FleetError> errors) {
        DeclaredLimits l = s.limits();
        ServiceRequest asRegistration = new ServiceRequest(s.name(), s.healthUrl(), l.latencySloMs(), l.errorRateLimit(),
                l.cpuLimit(), l.memoryLimit(), s.runbookUrl());
        Map<String, Object> values = new HashMap<>();
        values.put("name", s.name());
        values.put("healthUrl", s.healthUrl());
        values.put("runbookUrl", s.runbookUrl());
        values.put("latencySloMs", l.latencySloMs());
        values.put("errorRateLimit", l.errorRateLimit());
        values.put("cpuLimit", l.cpuLimit());
        values.put("memoryLimit", l.memoryLimit());
        translate(ServiceRules.check(asRegistration), at, SERVICE_PATHS, values, reported, errors);
    }

    private static void dependencies(List<DeclaredDependency> edges, Set<String> declared, Set<String> reported,
            List<FleetError> errors) {
        Map<String, Integer> firstAt = new HashMap<>();
        List<CriticalCycles.Edge> critical = new ArrayList<>();
        Map<CriticalCycles.Edge, Integer> criticalAt = new HashMap<>();
        int[] suggested = {0};
        for (int j = 0; j < edges.size(); j++) {
            DeclaredDependency d = edges.get(j);
            String at = "dependencies[" + j + "]";
            Map<String, Object> values = new HashMap<>();
            values.put("service", d.from());
            values.put("dependsOn", d.to());
            values.put("kind", d.kind());
            values.put("weight", d.weight());
            int before = errors.size();
            translate(DependencyRules.check(new DependencyRequest(d.from(), d.to(), d.kind(), d.weight())), at, EDGE_PATHS, values,
                    reported, errors);
            boolean known = declaredOrReported(at + ".from", d.from(), declared, reported, errors, suggested)
                    & declaredOrReported(at + ".to", d.to(), declared, reported, errors, suggested);
            if (d.from() == null || d.to() == null) {
                continue;
            }
            Integer first = firstAt.putIfAbsent(d.from() + "\n" + d.to(), j);
            if (first != null) {
                errors.add(new FleetError(at, quote(d.from()) + " → " + quote(d.to()) + " is declared twice (first at dependencies["
                        + first + "])"));
            } else if (known && errors.size() == before && d.critical()) {
                CriticalCycles.Edge edge = new CriticalCycles.Edge(d.from(), d.to());
                critical.add(edge);
                criticalAt.put(edge, j);
            }
        }
        for (List<String> cycle : CriticalCycles.find(critical)) {
            List<String> where = new ArrayList<>();
            for (int k = 0; k + 1 < cycle.size(); k++) {
                where.add("dependencies[" + criticalAt.get(new CriticalCycles.Edge(cycle.get(k), cycle.get(k + 1))) + "]");
            }
            errors.add(new FleetError("dependencies", "has a cycle of critical edges: " + CriticalCycles.render(cycle)
                    + " (" + String.join(", ", where) + "); make one of them optional or fallback"));
        }
    }

    /** Suggestions cost a pass over the names each: a document full of unknown names gets them for the first few. */
    private static final int MAX_SUGGESTIONS = 20;

    private static boolean declaredOrReported(String at, String name, Set<String> declared, Set<String> reported,
            List<FleetError> errors, int[] suggested) {
        if (name == null || name.isBlank() || declared.contains(name)) {
            return name != null && !name.isBlank();
        }
        if (!reported.contains(at)) {
            String hint = suggested[0]++ >= MAX_SUGGESTIONS ? "" : Spelling.closest(name, declared).map(n -> " (did you mean " + quote(n) + "?)").orElse("");
            errors.add(new FleetError(at, quote(name) + " is not a declared service" + hint));
        }
        return false;
    }

    /** Rules worded for the API's fields, placed at the file's path, with the value quoted. */
    private static void translate(List<Problem.FieldError> found, String at, Map<String, String> paths, Map<String, Object> values,
            Set<String> reported, List<FleetError> errors) {
        for (Problem.FieldError e : found) {
            String path = at + "." + paths.getOrDefault(e.field(), e.field());
            if (reported.contains(path)) {
                continue;
            }
            Object value = values.get(e.field());
            String shown = value == null ? "" : (value instanceof String s ? quote(s) : number((Double) value)) + " ";
            errors.add(new FleetError(path, shown + e.rule()));
        }
    }

    static String quote(String value) {
        return Bounded.quote(value);
    }

    private static String number(Double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString(value.longValue()) : value.toString();
    }
}
