package dev.foresight.alertroute.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.shared.json.StrictJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** embed's search hits as it serves them now, read with the strict JSON policy every function uses. */
class MemoryHitTest {

    @Test
    void aHybridHitWithItsExplanationStillReads() throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        new StrictJson().customize(mapper);
        String body = """
                [{"id":12,"text":"disk quota reached on db-17.eu.internal","kind":"incident",
                  "metadata":{"service":"storage","alertId":7},"similarity":0.6180513,
                  "explanation":{"vectorSimilarity":0.6180513,"vectorRank":2,"textScore":0.025,"textRank":1,
                    "fusedScore":0.032522474881015,"formula":"1/(60 + vectorRank) + 1/(60 + textRank), a missing rank adding 0"}},
                 {"id":13,"text":"connection refused by the checkout database","kind":"incident","metadata":{},
                  "similarity":0.81,"explanation":{"vectorSimilarity":0.81,"vectorRank":1,"textScore":null,
                    "textRank":null,"fusedScore":0.01639344262295082,"formula":"1/(60 + vectorRank)"}}]
                """;

        List<MemoryHit> hits = mapper.readValue(body, new TypeReference<>() {});

        assertEquals(List.of(new MemoryHit(12, "disk quota reached on db-17.eu.internal", "incident",
                        Map.of("service", "storage", "alertId", 7), 0.6180513),
                new MemoryHit(13, "connection refused by the checkout database", "incident", Map.of(), 0.81)), hits);
    }
}
