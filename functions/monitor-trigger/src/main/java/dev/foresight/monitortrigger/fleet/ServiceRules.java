package dev.foresight.monitortrigger.fleet;

import dev.foresight.monitortrigger.validation.FieldChecks;
import dev.foresight.shared.input.Bounded;
import dev.foresight.shared.input.InputRules;
import dev.foresight.shared.problem.Problem;
import java.util.List;
import java.util.regex.Pattern;

/** What a service registration must satisfy. Names end up in Redis keys and alert labels. */
public final class ServiceRules {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    static final String NAME_RULE =
            "must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private ServiceRules() {}

    public static List<Problem.FieldError> check(ServiceRequest r) {
        if (r == null) {
            return List.of(new Problem.FieldError("body", "is required"));
        }
        FieldChecks checks = new FieldChecks().required("name", r.name());
        if (r.name() != null && !r.name().isBlank() && !NAME.matcher(r.name()).matches()) {
            checks.fail("name", NAME_RULE);
        }
        if (r.healthUrl() != null) {
            InputRules.httpUrl(r.healthUrl()).ifPresent(rule -> checks.fail("healthUrl", rule));
        }
        if (r.runbookUrl() != null) {
            InputRules.httpUrl(r.runbookUrl()).ifPresent(rule -> checks.fail("runbookUrl", rule));
        }
        return checks.positive("latencySloMs", r.latencySloMs())
                .positiveFraction("errorRateLimit", r.errorRateLimit())
                .positiveFraction("cpuLimit", r.cpuLimit())
                .positiveFraction("memoryLimit", r.memoryLimit())
                .errors();
    }

    /**
     * {@code PUT /services/{name}}: the body of a registration whose name, if sent, is the one in
     * the path (a service is not renamed: alerts and predictions refer to it by name).
     */
    public static List<Problem.FieldError> checkUpdate(String pathName, ServiceRequest r) {
        if (r == null) {
            return List.of(new Problem.FieldError("body", "is required"));
        }
        if (r.name() != null && !r.name().equals(pathName)) {
            return List.of(new Problem.FieldError("name",
                    "must be absent or equal to the name in the path (" + Bounded.quote(pathName) + "): services are not renamed"));
        }
        return check(new ServiceRequest(pathName, r.healthUrl(), r.latencySloMs(), r.errorRateLimit(), r.cpuLimit(),
                r.memoryLimit(), r.runbookUrl()));
    }

    /** A name from a path: one that breaks the naming rule can never be registered. */
    public static List<Problem.FieldError> checkName(String field, String name) {
        return name != null && NAME.matcher(name).matches() ? List.of() : List.of(new Problem.FieldError(field, NAME_RULE));
    }
}
