package dev.foresight.alertroute.receiver.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.am.config.WebhookSpec;
import dev.foresight.alertroute.amconfig.RunningConfig;
import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.dispatch.Integration;
import dev.foresight.alertroute.dispatch.Notification;
import dev.foresight.alertroute.dispatch.Notifier;
import dev.foresight.alertroute.notify.HttpOutcomes;
import dev.foresight.alertroute.notify.RetryPolicy;
import dev.foresight.alertroute.notify.SendResult;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * {@code webhook_configs}: POSTs Alertmanager's version-4 body to the configured URL. The answer
 * is classified by {@link HttpOutcomes}; retries happen around it.
 */
@ApplicationScoped
public class WebhookNotifier implements Notifier {
    private final WebhookSettings settings;
    private final RunningConfig config;
    private final ObjectMapper json;
    private final WebClient client;
    private final String externalUrl;

    public WebhookNotifier(WebhookSettings settings, RunningConfig config, ObjectMapper json, Vertx vertx,
            AlertRouteConfig routeConfig) {
        this.settings = settings;
        this.config = config;
        this.json = json;
        this.externalUrl = routeConfig.alertmanager().externalUrl();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) settings.timeout().toMillis())
                .setFollowRedirects(false)
                .setUserAgent("foresight-alert-route"));
    }

    @Override
    public String kind() {
        return "webhook";
    }

    @Override
    public Uni<SendResult> send(Integration integration, Notification notification) {
        List<WebhookSpec> webhooks = config.engine().receivers().get(integration.receiver()).webhooks();
        if (integration.index() >= webhooks.size()) {
            return Uni.createFrom().item(SendResult.fatal("receiver " + integration.receiver() + " no longer has webhook " + integration.index()));
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(WebhookPayload.of(notification, externalUrl));
        } catch (JsonProcessingException impossible) {
            return Uni.createFrom().item(SendResult.fatal("cannot write the payload: " + impossible.getOriginalMessage()));
        }
        return client.requestAbs(HttpMethod.POST, webhooks.get(integration.index()).url().toString())
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
