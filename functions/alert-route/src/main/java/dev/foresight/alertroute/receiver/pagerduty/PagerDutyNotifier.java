package dev.foresight.alertroute.receiver.pagerduty;

import dev.foresight.alertroute.receiver.JsonPost;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.am.config.ReceiverSpec;
import dev.foresight.alertroute.amconfig.RunningConfig;
import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.dispatch.Integration;
import dev.foresight.alertroute.dispatch.Notification;
import dev.foresight.alertroute.dispatch.Notifier;
import dev.foresight.alertroute.notify.DeliverySettings;
import dev.foresight.alertroute.notify.Outcomes;
import dev.foresight.alertroute.notify.RetryPolicy;
import dev.foresight.alertroute.notify.SendResult;
import dev.foresight.shared.egress.EgressHttp;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code pagerduty_configs}: POSTs an Events API v2 event (trigger, then resolve when the group
 * resolves) to the configured URL through the egress policy. PagerDuty answers 202; 429 and 5xx are
 * retried after {@code Retry-After}, 400 (an event it refuses) is not. Classified by {@link Outcomes}.
 */
@ApplicationScoped
public class PagerDutyNotifier implements Notifier {
    private final RunningConfig config;
    private final EgressHttp http;
    private final ObjectMapper json;
    private final DeliverySettings settings;
    private final String externalUrl;

    public PagerDutyNotifier(RunningConfig config, EgressHttp http, ObjectMapper json, DeliverySettings settings,
            AlertRouteConfig routeConfig) {
        this.config = config;
        this.http = http;
        this.json = json;
        this.settings = settings;
        this.externalUrl = routeConfig.alertmanager().externalUrl();
    }

    @Override
    public String kind() {
        return "pagerduty";
    }

    @Override
    public List<Integration> integrations(ReceiverSpec receiver) {
        return Integration.ofBlocks(receiver.name(), kind(), receiver.pagerduties());
    }

    @Override
    public String endpoint(Integration integration) {
        return spec(integration).map(PagerDutyConfig::url).orElse("(removed)");
    }

    @Override
    public Uni<SendResult> send(Integration integration, Notification notification) {
        Optional<PagerDutyConfig> found = spec(integration);
        if (found.isEmpty()) {
            return Uni.createFrom().item(SendResult.fatal("receiver " + integration.receiver() + " no longer has pagerduty " + integration.index()));
        }
        PagerDutyConfig pagerduty = found.get();
        byte[] body;
        try {
            String routingKey = pagerduty.routingKey().isPresent() ? pagerduty.routingKey().get()
                    : Files.readString(Path.of(pagerduty.routingKeyFile().get())).strip();
            body = json.writeValueAsBytes(PagerDutyEvent.of(notification, pagerduty, routingKey, externalUrl));
        } catch (IOException unreadable) {
            return Uni.createFrom().item(SendResult.fatal("cannot read routing_key_file or write the event: " + unreadable.getMessage()));
        }
        return JsonPost.send(http, pagerduty.url(), body, settings.timeout(), "url");
    }

    private Optional<PagerDutyConfig> spec(Integration integration) {
        ReceiverSpec receiver = config.engine().receivers().get(integration.receiver());
        if (receiver == null || integration.index() >= receiver.pagerduties().size()) {
            return Optional.empty();
        }
        return Optional.of(PagerDutyConfig.of(receiver.pagerduties().get(integration.index())));
    }

    @Override
    public RetryPolicy retryPolicy() {
        return settings.retry();
    }
}
