package dev.foresight.alertroute.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the webhook receiver at a free local port chosen before the application starts. The
 * test that needs the webhook binds its {@link RecordingWebhook} to that port; for the others,
 * nothing listens and deliveries fail as they would against an absent receiver.
 */
public class WebhookPort implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return Map.of("foresight.alert-route.webhook.url", "http://127.0.0.1:" + probe.getLocalPort() + "/hook");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // nothing was started here
    }
}
