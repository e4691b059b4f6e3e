package dev.foresight.shared.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code quarkus.http.auth.permission.*} rules of a function, read back so that the OpenAPI
 * document states the scopes the server really enforces rather than a second, hand-kept list.
 * Matching follows Quarkus: among the permissions whose paths and methods match, the most
 * specific path wins (an exact path beats {@code /prefix/*}, a longer prefix beats a shorter one).
 */
public final class Permissions {
    private static final Pattern PATHS = Pattern.compile("quarkus\\.http\\.auth\\.permission\\.([^.]+)\\.paths");
    private static final String PERMIT = "permit";
    private static final String AUTHENTICATED = "authenticated";

    private record Rule(String path, Set<String> methods, String policy) {}

    private final List<Rule> rules;
    private final Map<String, List<String>> rolesByPolicy;

    private Permissions(List<Rule> rules, Map<String, List<String>> rolesByPolicy) {
        this.rules = rules;
        this.rolesByPolicy = rolesByPolicy;
    }

    /** {@code names} are the configuration's property names, {@code value} looks one up. */
    public static Permissions from(Iterable<String> names, Function<String, Optional<String>> value) {
        List<Rule> rules = new ArrayList<>();
        Map<String, List<String>> roles = new java.util.HashMap<>();
        for (String name : names) {
            Matcher m = PATHS.matcher(name);
            if (!m.matches()) {
                continue;
            }
            String prefix = "quarkus.http.auth.permission." + m.group(1) + ".";
            Set<String> methods = new TreeSet<>(split(value.apply(prefix + "methods").orElse("")));
            String policy = value.apply(prefix + "policy").orElse(AUTHENTICATED).strip();
            if (!policy.equals(PERMIT) && !policy.equals(AUTHENTICATED) && !policy.equals("deny")) {
                roles.put(policy, split(value.apply("quarkus.http.auth.policy." + policy + ".roles-allowed").orElse("")));
            }
            for (String path : split(value.apply(name).orElse(""))) {
                rules.add(new Rule(path, methods, policy));
            }
        }
        return new Permissions(rules, roles);
    }

    /**
     * The access an operation needs; a request no permission matches needs only a valid token.
     * As in Quarkus, the most specific matching path decides first and the method second: when
     * the rules at that path do not list the method, the request is refused ({@link Access#DENIED}),
     * it does not fall back to a shorter path.
     */
    public Access required(String method, String path) {
        int best = -1;
        for (Rule rule : rules) {
            best = Math.max(best, specificity(rule.path(), path));
        }
        if (best < 0) {
            return Access.token(List.of());
        }
        Set<String> scopes = new LinkedHashSet<>();
        boolean matched = false;
        boolean open = false;
        for (Rule rule : rules) {
            if (specificity(rule.path(), path) != best
                    || !(rule.methods().isEmpty() || rule.methods().contains(method))) {
                continue;
            }
            matched = true;
            open |= rule.policy().equals(PERMIT);
            scopes.addAll(rolesByPolicy.getOrDefault(rule.policy(), List.of()));
        }
        if (!matched) {
            return Access.DENIED;
        }
        return open && scopes.isEmpty() ? Access.PUBLIC : Access.token(List.copyOf(scopes));
    }

    /** -1 when {@code pattern} does not match; exact matches rank above any wildcard. */
    static int specificity(String pattern, String path) {
        if (pattern.equals(path)) {
            return Integer.MAX_VALUE;
        }
        if (pattern.endsWith("/*")) {
            String prefix = pattern.substring(0, pattern.length() - 2);
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return prefix.length();
            }
        }
        return -1;
    }

    private static List<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
