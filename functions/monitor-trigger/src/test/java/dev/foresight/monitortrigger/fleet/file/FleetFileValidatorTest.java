package dev.foresight.monitortrigger.fleet.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of a fleet file, each message exactly as an operator reads it. */
class FleetFileValidatorTest {
    private static final String KNOWN_VARIABLES = "instance, job, rate_window, service, step, step_seconds";

    private static List<String> errors(String yaml) {
        FleetReading reading = FleetReading.of(yaml);
        if (reading instanceof FleetReading.Valid) {
            return List.of();
        }
        return assertInstanceOf(FleetReading.Invalid.class, reading).errors().stream().map(FleetError::toString).toList();
    }

    static Stream<Arguments> oneMistakeEach() {
        return Stream.of(
                Arguments.of("duplicate service name", """
                        services:
                          - name: api
                          - name: web
                          - name: db
                          - name: api
                        """, List.of("services[3].name \"api\" is declared twice (first at services[0])")),
                Arguments.of("edge to an undeclared service, with the likely meant one", """
                        services: [{name: checkout}, {name: payments}]
                        dependencies:
                          - {from: checkout, to: payments, kind: critical}
                          - {from: checkout, to: ledger, kind: optional}
                          - {from: checkout, to: paymnts, kind: critical}
                        """, List.of("dependencies[1].to \"ledger\" is not a declared service",
                        "dependencies[2].to \"paymnts\" is not a declared service (did you mean \"payments\"?)")),
                Arguments.of("edge from an undeclared service", """
                        services: [{name: a}]
                        dependencies: [{from: b, to: a, kind: critical}]
                        """, List.of("dependencies[0].from \"b\" is not a declared service")),
                Arguments.of("unknown template variable", """
                        services:
                          - name: a
                          - name: b
                            prometheus:
                              queries:
                                latency-ms: 'avg(latency{service="{{servce}}"})'
                        """, List.of("services[1].prometheus.queries.latency-ms uses \"{{servce}}\": unknown template variable; known: "
                        + KNOWN_VARIABLES)),
                Arguments.of("unclosed template braces", """
                        services:
                          - name: a
                            prometheus: {queries: {cpu: 'avg(cpu{job="{{job"})'}}
                        """, List.of("services[0].prometheus.queries.cpu \"{{\" at offset 13 is never closed in \"avg(cpu{job=\"{{job\"})\"")),
                Arguments.of("unknown metric and preset", """
                        services:
                          - name: a
                            prometheus: {preset: jvm, queries: {latency: 'up'}}
                        """, List.of("services[0].prometheus.preset \"jvm\" is not one of micrometer, node, none",
                        "services[0].prometheus.queries.latency is not a metric (known: health, latency-ms, error-rate, cpu, memory, requests)")),
                Arguments.of("node preset without an instance", """
                        services:
                          - name: host
                            prometheus: {preset: node}
                        """, List.of("services[0].prometheus.instance is required: preset \"node\" uses \"{{instance}}\" in its health,"
                        + " cpu, memory queries")),
                Arguments.of("an overriding query that needs an instance", """
                        services:
                          - name: host
                            prometheus: {queries: {cpu: 'avg(cpu{instance="{{instance}}"})'}}
                        """, List.of("services[0].prometheus.instance is required: queries.cpu uses \"{{instance}}\"")),
                Arguments.of("preset none and no query", """
                        services:
                          - name: a
                            prometheus: {preset: none}
                        """, List.of("services[0].prometheus.queries is required with preset \"none\": the service would have no query")),
                Arguments.of("limits out of range, bad URLs, bad name", """
                        services:
                          - name: "check out"
                            healthUrl: /health
                            runbookUrl: "ftp://wiki/checkout"
                            limits: {latencySloMs: 0, errorRateLimit: 1.5, cpuLimit: 0.9, memoryLimit: -1}
                        """, List.of(
                        "services[0].name \"check out\" must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit",
                        "services[0].healthUrl \"/health\" must be an absolute http(s) URL",
                        "services[0].runbookUrl \"ftp://wiki/checkout\" must be an absolute http(s) URL",
                        "services[0].limits.latencySloMs 0 must be greater than 0",
                        "services[0].limits.errorRateLimit 1.5 must be greater than 0 and at most 1",
                        "services[0].limits.memoryLimit -1 must be greater than 0 and at most 1")),
                Arguments.of("edge rules", """
                        services: [{name: a}, {name: b}]
                        dependencies:
                          - {from: a, to: b}
                          - {from: a, to: a, kind: critical}
                          - {from: b, to: a, kind: sometimes, weight: 2}
                          - {from: a, to: b, kind: optional}
                        """, List.of("dependencies[0].kind is required",
                        "dependencies[1].to \"a\" must differ from service: a service cannot depend on itself",
                        "dependencies[2].kind \"sometimes\" must be one of critical, optional, fallback",
                        "dependencies[2].weight 2 must be between 0 and 1",
                        "dependencies[3] \"a\" → \"b\" is declared twice (first at dependencies[0])")),
                Arguments.of("wrong shapes and unknown keys", """
                        services:
                          - name: a
                            helthUrl: http://a/health
                            limits: {latencySloMs: fast}
                          - just-a-name
                        dependencies: {from: a}
                        extra: 1
                        """, List.of("extra is not a known key (known: services, dependencies)",
                        "services[0].helthUrl is not a known key (known: name, healthUrl, runbookUrl, limits, prometheus)",
                        "services[0].limits.latencySloMs \"fast\" must be a number",
                        "services[1] must be a mapping (key: value lines)",
                        "dependencies must be a list (entries start with \"- \")",
                        "services[1].name is required")),
                Arguments.of("no services key", "dependencies: []\n",
                        List.of("services is required (a list, possibly empty: services: [])")),
                Arguments.of("empty document", "", List.of("(document) is empty: a fleet file declares at least services:")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneMistakeEach")
    void reportsEachMistakeAtItsPath(String name, String yaml, List<String> expected) {
        assertEquals(expected, errors(yaml));
    }

    @Test
    void reportsACycleOfCriticalEdgesByName() {
        assertEquals(List.of("dependencies has a cycle of critical edges: a → b → c → a (dependencies[0], dependencies[1],"
                + " dependencies[3]); make one of them optional or fallback"), errors("""
                services: [{name: a}, {name: b}, {name: c}, {name: d}]
                dependencies:
                  - {from: a, to: b, kind: critical}
                  - {from: b, to: c, kind: critical}
                  - {from: c, to: d, kind: critical}
                  - {from: c, to: a, kind: critical}
                  - {from: d, to: a, kind: optional}
                """));
    }

    @Test
    void aCycleThroughAnOptionalEdgeIsNoCycle() {
        assertEquals(List.of(), errors("""
                services: [{name: a}, {name: b}]
                dependencies:
                  - {from: a, to: b, kind: critical}
                  - {from: b, to: a, kind: fallback}
                """));
    }

    @Test
    void reportsEveryMistakeAtOnce() {
        assertEquals(List.of(
                "services[1].prometheus.queries.latency-ms uses \"{{servce}}\": unknown template variable; known: " + KNOWN_VARIABLES,
                "services[2].limits.cpuLimit 2 must be greater than 0 and at most 1",
                "services[2].name \"api\" is declared twice (first at services[0])",
                "dependencies[0].to \"paymnts\" is not a declared service (did you mean \"payments\"?)",
                "dependencies has a cycle of critical edges: api → payments → api (dependencies[1], dependencies[2]);"
                        + " make one of them optional or fallback"), errors("""
                services:
                  - name: api
                  - name: payments
                    prometheus:
                      queries: {latency-ms: 'latency{svc="{{servce}}"}'}
                  - name: api
                    limits: {cpuLimit: 2}
                dependencies:
                  - {from: api, to: paymnts, kind: critical}
                  - {from: api, to: payments, kind: critical}
                  - {from: payments, to: api, kind: critical}
                """));
    }

    @Test
    void aLargeDocumentFullOfMistakesIsCheckedWithoutStalling() {
        StringBuilder yaml = new StringBuilder("services:\n");
        for (int i = 0; i < 20_000; i++) {
            yaml.append("  - {name: service-").append(i).append("}\n");
        }
        yaml.append("dependencies:\n");
        for (int i = 0; i < 20_000; i++) {
            yaml.append("  - {from: service-").append(i).append(", to: servise-").append(i).append(", kind: critical}\n");
        }
        // quadratic work here (suggestions, lookups) would take minutes; the budget is generous for a busy machine
        List<String> found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> errors(yaml.toString()));
        assertEquals(20_000, found.size());
        assertEquals("dependencies[0].to \"servise-0\" is not a declared service (did you mean \"service-0\"?)", found.get(0));
        assertEquals("dependencies[19999].to \"servise-19999\" is not a declared service", found.get(19_999));
    }

    @Test
    void theDemoFleetFileIsValid() throws IOException {
        String yaml = Files.readString(Path.of("../../src/demo/fleet.yaml"));
        FleetReading.Valid valid = assertInstanceOf(FleetReading.Valid.class, FleetReading.of(yaml));
        assertEquals(List.of("checkout", "frontend", "search"), valid.document().services().stream().map(DeclaredService::name).toList());
        assertEquals(2, valid.document().dependencies().size());
    }

    @Test
    void theKubernetesFleetConfigMapHoldsAValidFleetFile() throws IOException {
        JsonNode configMap = new YAMLMapper().readTree(Files.readString(Path.of("../../k8s/fleet.yaml")));
        FleetReading.Valid valid = assertInstanceOf(FleetReading.Valid.class,
                FleetReading.of(configMap.path("data").path("fleet.yaml").asText()));
        assertEquals(List.of("checkout", "frontend"), valid.document().services().stream().map(DeclaredService::name).toList());
        assertEquals(1, valid.document().dependencies().size());
    }
}
