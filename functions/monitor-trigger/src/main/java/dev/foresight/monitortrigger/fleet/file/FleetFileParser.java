package dev.foresight.monitortrigger.fleet.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns fleet-file YAML into a {@link FleetDocument}. The YAML is read as a tree and walked by
 * hand, so every wrong key or type is reported with its path ({@code services[2].limits.cpuLimit})
 * and nothing is bound by reflection. Rules beyond shape are {@link FleetFileValidator}'s.
 */
public final class FleetFileParser {
    /** A key given twice in one mapping is an error, not "the last one wins". */
    private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    static final List<String> TOP_KEYS = List.of("services", "dependencies");
    static final List<String> SERVICE_KEYS = List.of("name", "healthUrl", "runbookUrl", "limits", "prometheus");
    static final List<String> LIMIT_KEYS = List.of("latencySloMs", "errorRateLimit", "cpuLimit", "memoryLimit");
    static final List<String> PROMETHEUS_KEYS = List.of("preset", "job", "instance", "queries");
    static final List<String> DEPENDENCY_KEYS = List.of("from", "to", "kind", "weight");

    /** The document as far as its shape allowed, the shape errors, and the paths they were reported at. */
    public record Parsed(FleetDocument document, List<FleetError> errors, Set<String> reported) {}

    /** The text is not YAML: where and why. */
    public static final class SyntaxException extends RuntimeException {
        private final transient FleetSyntaxError error;

        SyntaxException(FleetSyntaxError error, Throwable cause) {
            super(error.toString(), cause);
            this.error = error;
        }

        public FleetSyntaxError error() {
            return error;
        }
    }

    private final List<FleetError> errors = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    private FleetFileParser() {}

    public static Parsed parse(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml == null ? "" : yaml);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String reason = e.getOriginalMessage() == null ? "not YAML" : e.getOriginalMessage().lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("not YAML");
            throw new SyntaxException(new FleetSyntaxError(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    reason), e);
        }
        FleetFileParser p = new FleetFileParser();
        FleetDocument document = p.document(root);
        return new Parsed(document, List.copyOf(p.errors), Set.copyOf(p.reported));
    }

    private FleetDocument document(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            fail("(document)", "is empty: a fleet file declares at least services:");
            return new FleetDocument(List.of(), List.of());
        }
        if (!root.isObject()) {
            fail("(document)", "must be a mapping with services: and dependencies:");
            return new FleetDocument(List.of(), List.of());
        }
        keys(root, "", TOP_KEYS);
        List<DeclaredService> services = new ArrayList<>();
        List<JsonNode> serviceNodes = list(root, "services", true);
        for (int i = 0; i < serviceNodes.size(); i++) {
            services.add(service(serviceNodes.get(i), "services[" + i + "]"));
        }
        List<DeclaredDependency> dependencies = new ArrayList<>();
        List<JsonNode> edgeNodes = list(root, "dependencies", false);
        for (int i = 0; i < edgeNodes.size(); i++) {
            dependencies.add(dependency(edgeNodes.get(i), "dependencies[" + i + "]"));
        }
        return new FleetDocument(services, dependencies);
    }

    private DeclaredService service(JsonNode node, String at) {
        if (!mapping(node, at)) {
            return new DeclaredService(null, null, null, null, Optional.empty());
        }
        keys(node, at + ".", SERVICE_KEYS);
        DeclaredLimits limits = DeclaredLimits.NONE;
        JsonNode l = node.get("limits");
        if (l != null && !l.isNull() && mapping(l, at + ".limits")) {
            keys(l, at + ".limits.", LIMIT_KEYS);
            String p = at + ".limits.";
            limits = new DeclaredLimits(number(l, p, "latencySloMs"), number(l, p, "errorRateLimit"), number(l, p, "cpuLimit"),
                    number(l, p, "memoryLimit"));
        }
        Optional<DeclaredPrometheus> prometheus = Optional.empty();
        JsonNode prom = node.get("prometheus");
        if (prom != null && !prom.isNull() && mapping(prom, at + ".prometheus")) {
            String p = at + ".prometheus.";
            keys(prom, p, PROMETHEUS_KEYS);
            prometheus = Optional.of(new DeclaredPrometheus(text(prom, p, "preset"), text(prom, p, "job"),
                    text(prom, p, "instance"), queries(prom.get("queries"), p + "queries")));
        }
        String p = at + ".";
        return new DeclaredService(text(node, p, "name"), text(node, p, "healthUrl"), text(node, p, "runbookUrl"), limits,
                prometheus);
    }

    private Map<String, String> queries(JsonNode node, String at) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull() || !mapping(node, at)) {
            return out;
        }
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                out.put(e.getKey(), e.getValue().asText());
            } else {
                fail(at + "." + e.getKey(), "must be a PromQL query (a string), or \"-\" to switch the preset's query off");
            }
        });
        return out;
    }

    private DeclaredDependency dependency(JsonNode node, String at) {
        if (!mapping(node, at)) {
            return new DeclaredDependency(null, null, null, null);
        }
        keys(node, at + ".", DEPENDENCY_KEYS);
        String p = at + ".";
        return new DeclaredDependency(text(node, p, "from"), text(node, p, "to"), text(node, p, "kind"), number(node, p, "weight"));
    }

    private List<JsonNode> list(JsonNode parent, String key, boolean required) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (required) {
                fail(key, "is required (a list, possibly empty: " + key + ": [])");
            }
            return List.of();
        }
        if (!node.isArray()) {
            fail(key, "must be a list (entries start with \"- \")");
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        node.forEach(out::add);
        return out;
    }

    private boolean mapping(JsonNode node, String at) {
        if (node.isObject()) {
            return true;
        }
        fail(at, "must be a mapping (key: value lines)");
        return false;
    }

    private void keys(JsonNode node, String prefix, List<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                fail(prefix + name, "is not a known key (known: " + String.join(", ", known) + ")");
            }
        });
    }

    /** A scalar as text (so {@code job: 8080} is the job "8080"); a list or mapping is an error. */
    private String text(JsonNode node, String prefix, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            fail(prefix + key, "must be a single value, not a " + (value.isArray() ? "list" : "mapping"));
            return null;
        }
        return value.asText();
    }

    private Double number(JsonNode node, String prefix, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            fail(prefix + key, (value.isValueNode() ? FleetFileValidator.quote(value.asText()) + " " : "") + "must be a number");
            return null;
        }
        return value.doubleValue();
    }

    private void fail(String at, String message) {
        errors.add(new FleetError(at, message));
        reported.add(at);
    }
}
