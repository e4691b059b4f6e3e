package dev.foresight.monitortrigger.fleet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.monitortrigger.snapshot.SnapshotInput;
import dev.foresight.monitortrigger.snapshot.SnapshotRules;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.testing.HostileText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fleet's input models, for any input: never a crash, and what passes is storable. */
class FleetInputProperties {
    @Property
    void aServiceThatPassesHasAStorableNameAndFiniteLimits(@ForAll("text") String name, @ForAll("text") String healthUrl,
                                                           @ForAll("number") Double slo, @ForAll("number") Double cpu) {
        List<Problem.FieldError> errors = ServiceRules.check(new ServiceRequest(name, healthUrl, slo, null, cpu, null, null));
        if (errors.isEmpty()) {
            assertTrue(HostileText.acceptableLine(name) && name.length() <= 100, name);
            assertTrue(healthUrl == null || (HostileText.acceptableLine(healthUrl) && healthUrl.length() <= 2048));
            assertTrue(slo == null || Double.isFinite(slo));
        }
    }

    @Property
    void anEdgeThatPassesNamesTwoStorableServices(@ForAll("text") String service, @ForAll("text") String dependsOn,
                                                  @ForAll("text") String kind, @ForAll("number") Double weight) {
        if (DependencyRules.check(new DependencyRequest(service, dependsOn, kind, weight)).isEmpty()) {
            assertTrue(HostileText.acceptableLine(service) && HostileText.acceptableLine(dependsOn));
            assertTrue(weight == null || (weight >= 0 && weight <= 1));
        }
    }

    @Property
    void aSnapshotThatPassesIsInRangeAndHasCleanMetadata(@ForAll("text") String service, @ForAll("text") String key,
                                                         @ForAll("text") String value, @ForAll("number") Double cpu,
                                                         @ForAll("epochSeconds") long at) {
        Map<String, Object> metadata = key == null ? null : Map.of(key, value == null ? "v" : value);
        SnapshotInput s = new SnapshotInput(service, OffsetDateTime.ofInstant(Instant.ofEpochSecond(at), ZoneOffset.UTC),
                null, null, null, cpu, null, null, metadata);
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        List<Problem.FieldError> errors = SnapshotRules.check(List.of(s), new java.util.HashSet<>(java.util.Arrays.asList("fz-a", service)), now);
        if (errors.isEmpty()) {
            assertTrue(cpu == null || (cpu >= 0 && cpu <= 1));
            assertTrue(!s.time().toInstant().isBefore(Instant.parse("2000-01-01T00:00:00Z")));
            assertTrue(metadata == null || HostileText.acceptableLine(key), String.valueOf(key));
        }
    }

    @Provide
    Arbitrary<String> text() {
        return HostileText.strings();
    }

    @Provide
    Arbitrary<Double> number() {
        return HostileText.numbers();
    }

    @Provide
    Arbitrary<Long> epochSeconds() {
        return net.jqwik.api.Arbitraries.longs().between(-100_000_000_000L, 100_000_000_000L);
    }
}
