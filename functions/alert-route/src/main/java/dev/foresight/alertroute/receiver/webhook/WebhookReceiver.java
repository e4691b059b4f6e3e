package dev.foresight.alertroute.receiver.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.alert.AlertView;
import dev.foresight.alertroute.notify.HttpOutcomes;
import dev.foresight.alertroute.notify.Receiver;
import dev.foresight.alertroute.notify.RetryPolicy;
import dev.foresight.alertroute.notify.SendResult;
import dev.foresight.alertroute.severity.Severity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * POSTs critical and high alerts (configurable) to the team's webhook. Off when no URL is
 * configured. The answer is classified by {@link HttpOutcomes}; retries happen around it.
 */
@ApplicationScoped
public class WebhookReceiver implements Receiver {
    private final WebhookSettings settings;
    private final ObjectMapper json;
    private final WebClient client;

    public WebhookReceiver(WebhookSettings settings, ObjectMapper json, Vertx vertx) {
        this.settings = settings;
        this.json = json;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) settings.timeout().toMillis())
                .setFollowRedirects(false)
                .setUserAgent("foresight-alert-route"));
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean accepts(AlertView alert) {
        return settings.url().isPresent()
                && Severity.parse(alert.severity()).map(settings.severities()::contains).orElse(false);
    }

    @Override
    public Uni<SendResult> send(AlertView alert) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(WebhookPayload.of(alert, name()));
        } catch (JsonProcessingException impossible) {
            return Uni.createFrom().item(SendResult.fatal("cannot write the payload: " + impossible.getOriginalMessage()));
        }
        return client.postAbs(settings.url().orElseThrow().toString())
                .timeout(settings.timeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(body))
                .map(response -> HttpOutcomes.ofStatus(response.statusCode(), response.bodyAsString()));
    }

    @Override
    public RetryPolicy retryPolicy() {
        return settings.retry();
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
