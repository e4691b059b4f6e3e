package dev.foresight.bench.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.predict.anomaly.OnlineDetectorConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorGridTest {
    private static final OnlineDetectorConfig BASE = OnlineDetectorConfig.defaults();

    @Test
    void noGridIsTheDefaultsAlone() {
        List<DetectorGrid.Candidate> c = DetectorGrid.parse("", BASE);
        assertEquals(1, c.size());
        assertEquals("defaults", c.get(0).label());
        assertEquals(BASE, c.get(0).config());
    }

    @Test
    void everyCombinationOfTheAxesIsACandidate() {
        List<DetectorGrid.Candidate> c = DetectorGrid.parse("likelihoodShort=25,35 detectionSurprise=2,3,4", BASE);
        assertEquals(6, c.size());
        assertEquals("likelihoodShort=25 detectionSurprise=2", c.get(0).label());
        assertEquals(25, c.get(0).config().likelihoodShort());
        assertEquals(2.0, c.get(0).config().detectionSurprise());
        assertEquals(35, c.get(5).config().likelihoodShort());
        assertEquals(BASE.likelihoodLong(), c.get(5).config().likelihoodLong());
    }

    @Test
    void neighboursAreTheDefaultsThenEachValueAlone() {
        List<DetectorGrid.Candidate> c = DetectorGrid.neighbours("likelihoodShort=25,35 refractoryRows=75", BASE);
        assertEquals(List.of("defaults", "likelihoodShort=25", "likelihoodShort=35", "refractoryRows=75"),
                c.stream().map(DetectorGrid.Candidate::label).toList());
        assertEquals(BASE.refractoryRows(), c.get(1).config().refractoryRows());
        assertEquals(75, c.get(3).config().refractoryRows());
        assertEquals(BASE.likelihoodShort(), c.get(3).config().likelihoodShort());
    }

    @Test
    void unknownSettingsAndBadValuesAreNamed() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> DetectorGrid.parse("shortWindow=3", BASE));
        assertTrue(unknown.getMessage().startsWith("unknown detector setting \"shortWindow\"; known: ["),
                unknown.getMessage());
        assertEquals("\"x\" is not a valid int for likelihoodShort", assertThrows(IllegalArgumentException.class,
                () -> DetectorGrid.parse("likelihoodShort=x", BASE)).getMessage());
        assertEquals("likelihoodShort must be at least 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> DetectorGrid.parse("likelihoodShort=0", BASE)).getMessage());
    }
}
