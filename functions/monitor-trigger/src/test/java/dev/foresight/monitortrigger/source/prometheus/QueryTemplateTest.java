package dev.foresight.monitortrigger.source.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTemplateTest {

    @Test
    void rendersEveryVariableAndEscapesQuotes() {
        QueryTemplate t = QueryTemplate.parse("rate(x{job=\"{{job}}\",svc=\"{{ service }}\"}[{{rate_window}}])");
        assertEquals(Set.of("job", "service", "rate_window"), t.variables());
        assertEquals("rate(x{job=\"api\",svc=\"a\\\"b\\\\c\"}[5m])",
                t.render(Map.of("job", "api", "service", "a\"b\\c", "rate_window", "5m")));
    }

    @Test
    void aTemplateWithoutVariablesIsItself() {
        assertEquals("up", QueryTemplate.parse("up").render(Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "up{job=\"{{svc}}\"}|unknown variable \"{{svc}}\" in \"up{job=\"{{svc}}\"}\" (known: instance, job, rate_window, service, step, step_seconds)",
            "up{job=\"{{job\"}|\"{{\" at offset 8 is never closed in \"up{job=\"{{job\"}\"",
            "up{job=\"job}}\"}|\"}}\" at offset 11 closes no \"{{\" in \"up{job=\"job}}\"}\"",
            "up{job=\"{{}}\"}|unknown variable \"{{}}\" in \"up{job=\"{{}}\"}\" (known: instance, job, rate_window, service, step, step_seconds)"})
    void badTemplatesSayWhatAndWhere(String template, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> QueryTemplate.parse(template)).getMessage());
    }

    @Test
    void aMissingValueIsNamed() {
        assertEquals("variable \"{{instance}}\" has no value", assertThrows(IllegalArgumentException.class,
                () -> QueryTemplate.parse("up{instance=\"{{instance}}\"}").render(Map.of())).getMessage());
    }

    @Test
    void everyPresetQueryParses() {
        for (Presets preset : Presets.values()) {
            preset.queries().forEach((metric, text) -> QueryTemplate.parse(text));
        }
    }
}
