package dev.foresight.alertroute.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.alertroute.config.AlertRouteConfig;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ConsoleSettingsTest {
    record ConsoleValues(URI tokenUrl, URI predictUrl, URI monitorUrl, URI embedUrl) implements AlertRouteConfig.Console {}

    @Test
    void baseUrlsLoseATrailingSlashSoThePageCanAppendPaths() {
        ConsoleSettings settings = ConsoleSettings.of(new ConsoleValues(URI.create("https://auth.example/token"),
                URI.create("https://predict.example/"), URI.create("https://monitor.example"), URI.create("https://embed.example/x/")));
        assertEquals(new ConsoleSettings("https://auth.example/token", "https://predict.example", "https://monitor.example",
                "https://embed.example/x"), settings);
    }
}
