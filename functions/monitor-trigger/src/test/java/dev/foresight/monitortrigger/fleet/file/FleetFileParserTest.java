package dev.foresight.monitortrigger.fleet.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** YAML to a fleet document: every field read, and syntax errors placed by line and column. */
class FleetFileParserTest {

    @Test
    void readsEveryField() {
        FleetReading reading = FleetReading.of("""
                services:
                  - name: checkout
                    healthUrl: https://checkout.internal/q/health
                    runbookUrl: https://runbooks.example.com/checkout
                    limits: {latencySloMs: 300, errorRateLimit: 0.02, cpuLimit: 0.8, memoryLimit: 0.85}
                    prometheus:
                      preset: node
                      job: 8080
                      instance: "10.0.0.5:9100"
                      queries:
                        requests: "-"
                        latency-ms: 'avg(latency{job="{{job}}"})'
                  - name: payments
                dependencies:
                  - {from: checkout, to: payments, kind: critical, weight: 0.75}
                """);
        FleetDocument doc = assertInstanceOf(FleetReading.Valid.class, reading).document();
        assertEquals(new DeclaredService("checkout", "https://checkout.internal/q/health", "https://runbooks.example.com/checkout",
                new DeclaredLimits(300.0, 0.02, 0.8, 0.85), Optional.of(new DeclaredPrometheus("node", "8080", "10.0.0.5:9100",
                        Map.of("requests", "-", "latency-ms", "avg(latency{job=\"{{job}}\"})")))), doc.services().get(0));
        assertEquals(new DeclaredService("payments", null, null, DeclaredLimits.NONE, Optional.empty()), doc.services().get(1));
        assertEquals(List.of(new DeclaredDependency("checkout", "payments", "critical", 0.75)), doc.dependencies());
    }

    @Test
    void anEmptyFleetIsAFleet() {
        FleetDocument doc = assertInstanceOf(FleetReading.Valid.class, FleetReading.of("services: []\n")).document();
        assertEquals(List.of(), doc.services());
        assertEquals(List.of(), doc.dependencies());
    }

    @Test
    void aSyntaxErrorNamesLineAndColumn() {
        FleetReading reading = FleetReading.of("""
                services:
                  - name: a
                     healthUrl: http://a/health
                """);
        assertEquals("line 3, column 15: mapping values are not allowed here",
                assertInstanceOf(FleetReading.Unreadable.class, reading).error().toString());
    }

    @Test
    void aKeyGivenTwiceIsASyntaxError() {
        FleetReading reading = FleetReading.of("""
                services:
                  - name: a
                    name: b
                """);
        assertEquals("line 3, column 9: Duplicate field 'name'",
                assertInstanceOf(FleetReading.Unreadable.class, reading).error().toString());
    }
}
