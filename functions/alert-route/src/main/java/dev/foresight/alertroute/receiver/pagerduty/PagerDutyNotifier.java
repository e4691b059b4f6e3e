package dev.foresight.alertroute.receiver.pagerduty;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import dev.foresight.shared.egress.EgressPolicy;
import dev.foresight.shared.egress.EgressRefused;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code pagerduty_configs}: POSTs an Events API v2 event (trigger, then resolve when the group
 * resolves) to the configured URL through the egress policy. PagerDuty answers 202; 429 and 5xx are
 * retried after {@code Retry-After}, 400 (an event it refuses) is not. Classified by {@link Outcomes}.
 */
@ApplicationScoped
public class PagerDutyNotifier implements Notifier {
    private static final Map<String, String> HEADERS = Map.of(
            "Content-Type", "application/json", "User-Agent", "foresight-alert-route");

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
        List<Integration> out = new ArrayList<>();
        for (int i = 0; i < receiver.pagerduties().size(); i++) {
            boolean sendResolved = Boolean.TRUE.equals(receiver.pagerduties().get(i).get("send_resolved"));
            out.add(new Integration(receiver.name() + "/pagerduty/" + i, receiver.name(), kind(), i, sendResolved, 0));
        }
        return out;
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
        return http.send(HttpMethod.POST, pagerduty.url(), HEADERS, Buffer.buffer(body), settings.timeout())
                .map(response -> Outcomes.ofStatus(response.status(), response.bodyAsString(), response.retryAfter(), Instant.now()))
                .onFailure(EgressRefused.class).recoverWithItem(refused -> SendResult.fatal("url " + refused.getMessage()
                        + " (the egress policy; " + EgressPolicy.ALLOW_PROPERTY + ")"));
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
