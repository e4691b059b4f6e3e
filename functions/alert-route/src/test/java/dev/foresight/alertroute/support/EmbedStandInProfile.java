package dev.foresight.alertroute.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Incident memory on, against a {@link StandInEmbed} at a port chosen before the application
 * starts (published as {@code embed-test.port}), and a webhook at another free port.
 */
public class EmbedStandInProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        int embed = freePort();
        return Map.of(
                "embed-test.port", Integer.toString(embed),
                "foresight.alert-route.webhook.url", "http://127.0.0.1:" + freePort() + "/hook",
                "foresight.alert-route.memory.client-secret", "stand-in-secret",
                "foresight.alert-route.memory.embed-url", "http://127.0.0.1:" + embed,
                "foresight.alert-route.memory.token-url", "http://127.0.0.1:" + embed + "/token",
                "foresight.alert-route.memory.outbox.poll", "100ms",
                "foresight.alert-route.memory.outbox.initial-backoff", "100ms");
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
