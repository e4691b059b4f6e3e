package dev.foresight.alertroute.alert;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.shared.input.InputRules;
import dev.foresight.shared.testing.HostileText;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** POST /alerts for any input: never a crash, and what passes is storable. */
class AlertInputProperties {
    @Property
    void anAlertThatPassesIsStorable(@ForAll("text") String type, @ForAll("text") String service, @ForAll("text") String summary,
                                     @ForAll("text") String labelName, @ForAll("text") String labelValue,
                                     @ForAll("number") Double confidence, @ForAll("text") String runbook) {
        Map<String, String> labels = labelName == null || labelValue == null ? null : Map.of(labelName, labelValue);
        AlertRequest request = new AlertRequest(type, service, summary, confidence, null, labels, runbook);
        if (AlertValidator.check(request, 64).isEmpty()) {
            assertTrue(HostileText.acceptableLine(type) && HostileText.acceptableLine(service));
            assertTrue(InputRules.characters(summary, true).isEmpty() && !InputRules.isBlank(summary));
            assertTrue(labels == null || (HostileText.acceptableLine(labelName) && InputRules.characters(labelValue, false).isEmpty()));
            assertTrue(confidence == null || (confidence >= 0 && confidence <= 1));
            assertTrue(runbook == null || (HostileText.acceptableLine(runbook) && runbook.regionMatches(true, 0, "http", 0, 4)));
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
}
