package dev.foresight.alertroute.receiver.webhook;

import dev.foresight.alertroute.receiver.JsonPost;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.am.config.ReceiverSpec;
import dev.foresight.alertroute.am.config.WebhookSpec;
import dev.foresight.alertroute.amconfig.RunningConfig;
import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.dispatch.Integration;
import dev.foresight.alertroute.dispatch.Notification;
import dev.foresight.alertroute.dispatch.Notifier;
import dev.foresight.alertroute.notify.Outcomes;
import dev.foresight.alertroute.notify.RetryPolicy;
import dev.foresight.alertroute.notify.SendResult;
import dev.foresight.shared.egress.EgressHttp;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code webhook_configs}: POSTs Alertmanager's version-4 body to the configured URL. The answer
 * is classified by {@link Outcomes}; retries happen around it. The request goes through the
 * egress policy: a URL whose name now resolves to a refused address is a fatal failure, not sent.
 */
@ApplicationScoped
public class WebhookNotifier implements Notifier {
    private final WebhookSettings settings;
    private final RunningConfig config;
    private final ObjectMapper json;
    private final EgressHttp http;
    private final String externalUrl;

    public WebhookNotifier(WebhookSettings settings, RunningConfig config, ObjectMapper json, EgressHttp http,
            AlertRouteConfig routeConfig) {
        this.settings = settings;
        this.config = config;
        this.json = json;
        this.http = http;
        this.externalUrl = routeConfig.alertmanager().externalUrl();
    }

    @Override
    public String kind() {
        return "webhook";
    }

    @Override
    public List<Integration> integrations(ReceiverSpec receiver) {
        List<Integration> out = new ArrayList<>();
        for (int i = 0; i < receiver.webhooks().size(); i++) {
            WebhookSpec webhook = receiver.webhooks().get(i);
            out.add(new Integration(receiver.name() + "/webhook/" + i, receiver.name(), kind(), i, webhook.sendResolved(),
                    webhook.maxAlerts()));
        }
        return out;
    }

    @Override
    public String endpoint(Integration integration) {
        List<WebhookSpec> webhooks = config.engine().receivers().get(integration.receiver()).webhooks();
        return integration.index() < webhooks.size() ? webhooks.get(integration.index()).url().toString() : "(removed)";
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
        return JsonPost.send(http, webhooks.get(integration.index()).url().toString(), body, settings.timeout(), "url");
    }

    @Override
    public RetryPolicy retryPolicy() {
        return settings.retry();
    }
}
