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
        // groups and memories earlier classes left would flush and record against the stand-in at
        // start-up, filling its breaker's window before the tests run
        Db.forgetGroupsOf("webhook");
        Db.forgetMemoryOutbox(java.time.Duration.ZERO);
        int embed = freePort();
        return Map.ofEntries(
                Map.entry("embed-test.port", Integer.toString(embed)),
                Map.entry("foresight.alert-route.webhook.url", "http://127.0.0.1:" + freePort() + "/hook"),
                Map.entry("foresight.alert-route.memory.client-secret", "stand-in-secret"),
                Map.entry("foresight.alert-route.memory.embed-url", "http://127.0.0.1:" + embed),
                Map.entry("foresight.alert-route.memory.token-url", "http://127.0.0.1:" + embed + "/token"),
                Map.entry("foresight.alert-route.memory.outbox.poll", "100ms"),
                // above what a busy 2-core machine may take to answer, below the stand-in's stall
                Map.entry("foresight.alert-route.memory.similar.budget", "1s"),
                Map.entry("foresight.alert-route.memory.outbox.initial-backoff", "100ms"));
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
