package dev.foresight.alertroute.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.alertroute.am.matcher.Matchers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceLabelsTest {
    @Test
    void withNoSourceSetNothingIsRead() {
        SourceLabels sources = SourceLabels.of(List.of());
        assertTrue(sources.none());
        assertFalse(sources.everyAlert());
    }

    @Test
    void eachSetContributesOneEqualityLabel() {
        SourceLabels sources = SourceLabels.of(List.of(Matchers.parse("severity=\"critical\""),
                Matchers.parse("alertname=~\"Node.*\", team=\"db\""), Matchers.parse("severity=\"critical\"")));
        assertFalse(sources.everyAlert());
        assertEquals(List.of(Map.entry("severity", "critical"), Map.entry("team", "db")), sources.anyOf());
    }

    @Test
    void aSetWithoutANonEmptyEqualityMatcherNeedsEveryAlert() {
        assertTrue(SourceLabels.of(List.of(Matchers.parse("severity=\"critical\""), Matchers.parse("alertname=~\".+\"")))
                .everyAlert());
        // an empty value also matches alerts without the label, which no label lookup finds
        assertTrue(SourceLabels.of(List.of(Matchers.parse("team=\"\""))).everyAlert());
        assertTrue(SourceLabels.of(List.of(List.of())).everyAlert());
    }
}
