package dev.foresight.embed.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateMinerTest {
    private final TemplateMiner miner = new TemplateMiner(MinerSettings.DEFAULT);

    @Test
    void messagesThatDifferInNumbersShareATemplate() {
        LogPattern first = miner.add("Took 19.05 seconds to spawn the instance on the hypervisor.");
        LogPattern second = miner.add("Took 1.03 seconds to spawn the instance on the hypervisor.");
        assertEquals(first.id(), second.id());
        assertEquals("Took <*> seconds to spawn the instance on the hypervisor.", second.template());
        assertEquals(2, second.count());
    }

    @Test
    void aDifferentWordIsADifferentPattern() {
        LogPattern spawn = miner.add("Took 19.05 seconds to spawn the instance");
        LogPattern destroy = miner.add("Took 1.03 seconds to destroy the instance");
        assertNotEquals(spawn.id(), destroy.id());
        assertEquals(2, miner.patterns().size());
    }

    @Test
    void enoughDistinctWordsAtOnePositionMakeItAVariableAndMergeThePatterns() {
        List<String> hives = List.of("SOFTWARE", "SYSTEM", "SECURITY", "SAM", "DEFAULT");
        List<Integer> ids = hives.stream()
                .map(h -> miner.add("Loading offline registry hive: " + h + ", into registry key").id())
                .toList();
        assertEquals(1, miner.patterns().size());
        LogPattern merged = miner.patterns().get(0);
        assertEquals("Loading offline registry hive: <*>, into registry key", merged.template());
        assertEquals(5, merged.count());
        // messages filed before the merge follow their pattern
        ids.forEach(id -> assertEquals(merged.id(), miner.current(id)));
        // and a new word joins the merged pattern directly
        assertEquals(merged.id(), miner.add("Loading offline registry hive: COMPONENTS, into registry key").id());
    }

    @Test
    void fewerDistinctWordsThanTheSettingStayApart() {
        miner.add("Location icon should now be in state 'Active'");
        miner.add("Location icon should now be in state 'Inactive'");
        assertEquals(2, miner.patterns().size());
    }

    @Test
    void shortMessagesDoNotMergeIntoAllVariableTemplates() {
        for (String word : List.of("active", "critical", "blocked", "normal", "running", "starting")) {
            miner.add(word);
        }
        assertEquals(6, miner.patterns().size());
    }

    @Test
    void messagesOfDifferentLengthsNeverShareAPattern() {
        assertNotEquals(miner.add("flush sensor data").id(), miner.add("flush sensor").id());
    }

    @Test
    void aLowerSimilarityTurnsDifferingWordsIntoVariables() {
        TemplateMiner lenient = new TemplateMiner(new MinerSettings(0.5, 5, true, true));
        lenient.add("user alice logged in from the console");
        LogPattern bob = lenient.add("user bob logged in from the console");
        assertEquals("user <*> logged in from the console", bob.template());
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MinerSettings(0, 5, true, true));
        assertThrows(IllegalArgumentException.class, () -> new MinerSettings(1.5, 5, true, true));
        assertThrows(IllegalArgumentException.class, () -> new MinerSettings(1, 1, true, true));
    }
}
