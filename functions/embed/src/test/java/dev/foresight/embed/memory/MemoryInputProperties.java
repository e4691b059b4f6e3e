package dev.foresight.embed.memory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.embed.embedding.TextRules;
import dev.foresight.shared.input.InputRules;
import dev.foresight.shared.problem.ProblemException;
import dev.foresight.shared.testing.HostileText;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Memories and searches for any input: accepted text is storable and embeddable, or a named 400. */
class MemoryInputProperties {
    private final MemoryRules rules = new MemoryRules(new TextRules(64, 8000), 5, 50);

    @Property
    void aMemoryIsStorableOrRefused(@ForAll("text") String text, @ForAll("text") String kind, @ForAll("text") String key,
                                    @ForAll("text") String value) {
        Map<String, Object> metadata = key == null ? null : Map.of(key, value == null ? Map.of("nested", "x") : Map.of(key, value));
        try {
            NewMemory accepted = rules.check(new NewMemory(text, kind, metadata));
            assertTrue(!InputRules.isBlank(accepted.text()) && InputRules.characters(accepted.text(), true).isEmpty());
            assertTrue(InputRules.jsonValue("metadata", accepted.metadata(), 8, 64, InputRules.MAX_TEXT).isEmpty());
        } catch (ProblemException refused) {
            assertTrue(refused.problem().status() == 400);
        }
    }

    @Property
    void aSearchIsEmbeddableOrRefused(@ForAll("text") String q, @ForAll("text") String k, @ForAll("text") String kind,
            @ForAll("text") String service, @ForAll("text") String since) {
        try {
            SearchQuery query = rules.query(q, k, kind, service, since, null);
            assertTrue(!InputRules.isBlank(query.text()) && InputRules.characters(query.text(), true).isEmpty());
        } catch (ProblemException refused) {
            assertTrue(refused.problem().status() == 400);
            assertTrue(refused.problem().detail().length() < 4_000, "bounded: " + refused.problem().detail().length());
        }
    }

    @Provide
    Arbitrary<String> text() {
        return HostileText.strings();
    }
}
