package dev.foresight.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.cli.CliException;
import dev.foresight.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreTheLocalPorts() {
        Endpoints e = Endpoints.load(Map.of(), dir.resolve("absent"));
        assertEquals("http://127.0.0.1:8081", e.token().base().toString());
        assertEquals("http://127.0.0.1:8085", e.monitor().base().toString());
        assertEquals("monitor-trigger", e.monitor().function());
    }

    @Test
    void theEnvironmentWinsOverTheFileWhichWinsOverTheDefault() throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, "alert-route-url = http://alerts.example:9000\npredict-url=http://file:1\n");
        Endpoints e = Endpoints.load(Map.of("FORESIGHT_PREDICT_URL", "http://env:2"), config);
        assertEquals("http://alerts.example:9000", e.alertRoute().base().toString());
        assertEquals("http://env:2", e.predict().base().toString());
        assertEquals("http://127.0.0.1:8084", e.embed().base().toString());
    }

    @Test
    void theTokenUrlMayNameTheTokenEndpointAsTheFunctionsDo() {
        Endpoints e = Endpoints.load(Map.of("FORESIGHT_TOKEN_URL", "http://127.0.0.1:18081/token"), dir.resolve("absent"));
        assertEquals("http://127.0.0.1:18081/token", e.token().resolve("/token").toString());
    }

    @Test
    void aBadUrlIsAUsageErrorNamingItsSource() {
        CliException e = assertThrows(CliException.class,
                () -> Endpoints.load(Map.of("FORESIGHT_EMBED_URL", "localhost:8084"), dir.resolve("absent")));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("\"localhost:8084\" given for embed-url (FORESIGHT_EMBED_URL) is not a URL: not an absolute http(s) URL",
                e.getMessage());
    }

    @Test
    void credentialsLiveBesideTheConfigFile() {
        ConfigPaths p = ConfigPaths.from(Map.of("FORESIGHT_CONFIG", dir.resolve("x/config").toString()), "/home/op");
        assertEquals(dir.resolve("x/credentials"), p.credentials());
        assertEquals(Path.of("/home/op/.config/foresight/credentials"), ConfigPaths.from(Map.of(), "/home/op").credentials());
    }
}
