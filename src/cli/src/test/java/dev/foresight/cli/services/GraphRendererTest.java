package dev.foresight.cli.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.cli.services.GraphRenderer.Edge;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class GraphRendererTest {

    @Test
    void eachServiceSitsAboveWhatItDependsOn() {
        String tree = GraphRenderer.render(List.of("checkout", "db", "frontend", "search", "lonely"), List.of(
                new Edge("frontend", "checkout", "critical", 0.9),
                new Edge("search", "checkout", "optional", 0.3),
                new Edge("checkout", "db", "critical", 1),
                new Edge("frontend", "search", "fallback", 0.5)));
        assertEquals("""
                frontend
                ├── checkout  (critical, 0.9)
                │   └── db  (critical, 1)
                └── search  (fallback, 0.5)
                    └── checkout  (optional, 0.3)
                        └── db  (critical, 1)
                lonely
                """, tree);
    }

    @Test
    void aCycleIsMarkedAndTheWalkEnds() {
        String tree = GraphRenderer.render(List.of("a", "b"), List.of(
                new Edge("a", "b", "critical", 1), new Edge("b", "a", "critical", 1)));
        assertEquals("""
                a
                └── b  (critical, 1)
                    └── a  (critical, 1)  [cycle]
                """, tree);
    }

    @Test
    void anEmptyFleetSaysSo() {
        assertEquals("no services registered\n", GraphRenderer.render(List.of(), List.of()));
    }

    @Test
    void dependencySpecs() {
        assertEquals(new DependencySpec("checkout", "critical", null), DependencySpec.parse("checkout"));
        assertEquals(new DependencySpec("checkout", "optional", 0.3), DependencySpec.parse("checkout:optional:0.3"));
        assertThrows(TypeConversionException.class, () -> DependencySpec.parse("checkout:soft"));
        assertThrows(TypeConversionException.class, () -> DependencySpec.parse("checkout:critical:1.5"));
        assertThrows(TypeConversionException.class, () -> DependencySpec.parse(":critical"));
    }
}
