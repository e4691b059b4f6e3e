package dev.foresight.embed.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.embed.pattern.MinerSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateGroupingTest {
    @Test
    void largestPatternFirstWithMembersInInputOrder() {
        List<Pattern> patterns = TemplateGrouping.group(List.of(
                "disk full on /dev/sda1",
                "Took 3 seconds to spawn",
                "Took 12 seconds to spawn",
                "disk full on /dev/sdb2",
                "Took 7 seconds to spawn"), MinerSettings.DEFAULT);
        assertEquals(2, patterns.size());
        assertEquals(new Pattern("Took <*> seconds to spawn", "Took 3 seconds to spawn", 3,
                List.of("Took 3 seconds to spawn", "Took 12 seconds to spawn", "Took 7 seconds to spawn")),
                patterns.get(0));
        assertEquals("disk full on <*>", patterns.get(1).template());
    }

    @Test
    void textsFiledBeforeTheirPatternsMergedEndUpTogether() {
        List<String> texts = List.of("SOFTWARE", "SYSTEM", "SECURITY", "SAM", "DEFAULT").stream()
                .map(h -> "Loading offline registry hive: " + h + ", into registry key")
                .toList();
        List<Pattern> patterns = TemplateGrouping.group(texts, MinerSettings.DEFAULT);
        assertEquals(1, patterns.size());
        assertEquals(texts, patterns.get(0).members());
        assertEquals("Loading offline registry hive: <*>, into registry key", patterns.get(0).template());
    }

    @Test
    void equalSizesKeepTheOrderInWhichTheyWereFounded() {
        List<Pattern> patterns = TemplateGrouping.group(List.of("b happened", "a failed"), MinerSettings.DEFAULT);
        assertEquals(List.of("b happened", "a failed"), patterns.stream().map(Pattern::template).toList());
    }
}
