package dev.foresight.alertroute.config;

import dev.foresight.alertroute.dedup.DedupWindow;
import dev.foresight.alertroute.notify.DeliverySettings;
import dev.foresight.alertroute.receiver.webhook.WebhookSettings;
import dev.foresight.alertroute.severity.SeverityRuleParser;
import dev.foresight.alertroute.severity.SeverityRules;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Turns configuration into the policies the pipeline runs on. Built eagerly at start-up: a bad
 * value stops the function with a message naming the property, the entry and the rule.
 */
@ApplicationScoped
public class ConfiguredPolicies {
    private static final Logger LOG = Logger.getLogger(ConfiguredPolicies.class);
    private static final String PREFIX = "foresight.alert-route.";

    @Produces
    @Singleton
    @Startup
    SeverityRules severityRules(AlertRouteConfig config) {
        return checked("severity.rules", () -> SeverityRuleParser.parse(config.severity().rules()));
    }

    @Produces
    @Singleton
    @Startup
    DedupWindow dedupWindow(AlertRouteConfig config) {
        Duration window = config.dedup().window();
        return checked("dedup.window", () -> new DedupWindow(window));
    }

    @Produces
    @Singleton
    @Startup
    WebhookSettings webhookSettings(AlertRouteConfig config) {
        WebhookSettings settings = checked("webhook", () -> WebhookSettings.from(config.webhook()));
        if (settings.url().isEmpty()) {
            LOG.info("webhook receiver off: FORESIGHT_WEBHOOK_URL is not set");
        }
        return settings;
    }

    @Produces
    @Singleton
    @Startup
    DeliverySettings deliverySettings(AlertRouteConfig config) {
        AlertRouteConfig.Receivers r = config.receivers();
        return checked("receivers", () -> DeliverySettings.of(r.maxAttempts(), r.initialBackoff(), r.maxBackoff(), r.jitter(),
                r.timeout(), r.maxRetryAfter(), r.circuitBreaker().requests(), r.circuitBreaker().failureRatio(),
                r.circuitBreaker().delay()));
    }

    void checkDurations(@Observes StartupEvent started, AlertRouteConfig config) {
        positive("stream.heartbeat", config.stream().heartbeat());
        positive("stream.session-ttl", config.stream().sessionTtl());
        positive("stream.retention.max-age", config.stream().retention().maxAge());
        if (config.stream().replayPage() > config.stream().buffer()) {
            throw new IllegalStateException("invalid " + PREFIX + "stream.replay-page \"" + config.stream().replayPage()
                    + "\": must not exceed " + PREFIX + "stream.buffer (" + config.stream().buffer() + ")");
        }
        positive("resolve.timeout", config.resolve().timeout());
        positive("resolve.check-every", config.resolve().checkEvery());
        positive("memory.similar.budget", config.memory().similar().budget());
        positive("memory.outbox.poll", config.memory().outbox().poll());
        positive("memory.outbox.timeout", config.memory().outbox().timeout());
        positive("memory.outbox.initial-backoff", config.memory().outbox().initialBackoff());
        positive("memory.outbox.max-backoff", config.memory().outbox().maxBackoff());
    }

    private static void positive(String property, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException("invalid " + PREFIX + property + " \"" + value + "\": must be positive");
        }
    }

    private static <T> T checked(String property, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException invalid) {
            String message = invalid.getMessage();
            throw new IllegalStateException(message.startsWith(PREFIX)
                    ? "invalid " + message
                    : "invalid " + PREFIX + property + ": " + message, invalid);
        }
    }
}
