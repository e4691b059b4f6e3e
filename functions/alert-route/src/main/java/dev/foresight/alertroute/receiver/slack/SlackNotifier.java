package dev.foresight.alertroute.receiver.slack;

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
 * {@code slack_configs}: POSTs the message to the incoming webhook through the egress policy (a
 * URL read from {@code api_url_file} is checked at each send). Answers are classified by {@link Outcomes}.
 */
@ApplicationScoped
public class SlackNotifier implements Notifier {
    private final RunningConfig config;
    private final EgressHttp http;
    private final ObjectMapper json;
    private final DeliverySettings settings;
    private final String externalUrl;

    public SlackNotifier(RunningConfig config, EgressHttp http, ObjectMapper json, DeliverySettings settings,
            AlertRouteConfig routeConfig) {
        this.config = config;
        this.http = http;
        this.json = json;
        this.settings = settings;
        this.externalUrl = routeConfig.alertmanager().externalUrl();
    }

    @Override
    public String kind() {
        return "slack";
    }

    @Override
    public List<Integration> integrations(ReceiverSpec receiver) {
        return Integration.ofBlocks(receiver.name(), kind(), receiver.slacks());
    }

    @Override
    public String endpoint(Integration integration) {
        return spec(integration).map(SlackConfig::endpoint).orElse("(removed)");
    }

    @Override
    public Uni<SendResult> send(Integration integration, Notification notification) {
        Optional<SlackConfig> found = spec(integration);
        if (found.isEmpty()) {
            return Uni.createFrom().item(SendResult.fatal("receiver " + integration.receiver() + " no longer has slack " + integration.index()));
        }
        SlackConfig slack = found.get();
        String url;
        byte[] body;
        try {
            url = slack.apiUrl().isPresent() ? slack.apiUrl().get() : Files.readString(Path.of(slack.apiUrlFile().get())).strip();
            body = json.writeValueAsBytes(SlackMessage.of(notification, slack, externalUrl));
        } catch (IOException unreadable) {
            return Uni.createFrom().item(SendResult.fatal("cannot read api_url_file or write the message: " + unreadable.getMessage()));
        }
        return JsonPost.send(http, url, body, settings.timeout(), "api_url");
    }

    private Optional<SlackConfig> spec(Integration integration) {
        ReceiverSpec receiver = config.engine().receivers().get(integration.receiver());
        if (receiver == null || integration.index() >= receiver.slacks().size()) {
            return Optional.empty();
        }
        return Optional.of(SlackConfig.of(receiver.slacks().get(integration.index())));
    }

    @Override
    public RetryPolicy retryPolicy() {
        return settings.retry();
    }
}
