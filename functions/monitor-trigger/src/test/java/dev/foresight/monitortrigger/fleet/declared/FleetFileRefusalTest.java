package dev.foresight.monitortrigger.fleet.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.foresight.monitortrigger.fleet.file.FleetReading;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The message an invalid fleet file stops the start with: every error, one per line. */
class FleetFileRefusalTest {

    @Test
    void listsEveryErrorOnItsOwnLine() {
        FleetReading.Invalid invalid = assertInstanceOf(FleetReading.Invalid.class, FleetReading.of("""
                services:
                  - name: api
                  - name: api
                dependencies:
                  - {from: api, to: paymnts, kind: critical}
                """));
        assertEquals("""
                invalid fleet file "/etc/foresight/fleet.yaml" (foresight.monitor-trigger.fleet.file), 2 errors:
                  services[1].name "api" is declared twice (first at services[0])
                  dependencies[0].to "paymnts" is not a declared service""",
                FleetFileLoader.refusal(Path.of("/etc/foresight/fleet.yaml"), FleetRejected.breaking(invalid.errors())));
    }
}
