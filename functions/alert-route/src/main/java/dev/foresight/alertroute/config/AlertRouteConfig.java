package dev.foresight.alertroute.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Everything an operator may tune in alert-route. Checked at start-up; a bad value stops the function. */
@ConfigMapping(prefix = "foresight.alert-route")
public interface AlertRouteConfig {
    Severity severity();

    Dedup dedup();

    Intake intake();

    Resolve resolve();

    Stream stream();

    Webhook webhook();

    Receivers receivers();

    Console console();

    Alertmanager alertmanager();

    Cascade cascade();

    Memory memory();

    Delivery delivery();

    /**
     * The delivery queue ({@code notification_deliveries}): every notification a flush decides on is
     * queued, then sent by whichever instance's sweeper claims it. A round is one to
     * {@code max-attempts} attempts (the receiver's retry policy); a round that ends retryable is
     * tried again after a wait that doubles from {@code retry-initial-backoff} up to
     * {@code retry-max-backoff}, until the receiver answers, however long it is down.
     */
    interface Delivery {
        /**
         * How long a claimed row belongs to its instance; renewed while it works on it. After an
         * instance dies, its rows are claimed again once this has passed.
         */
        @WithDefault("30s")
        Duration lease();

        /** The wait after the first failed round. */
        @WithDefault("2s")
        Duration retryInitialBackoff();

        /** The longest wait between rounds: how soon a receiver that is back hears what it missed. */
        @WithDefault("1m")
        Duration retryMaxBackoff();

        /** The most rows one instance works on at once. */
        @WithDefault("16")
        @Min(1)
        @Max(256)
        int concurrency();
    }

    /**
     * Incident memory in embed: every new alert and every resolution is remembered there (drained
     * from the {@code memory_outbox} table in the background), and every firing notification asks
     * it for the most similar resolved incidents. Off while {@code client-secret} is absent: embed
     * is called with a token of this function's own client.
     */
    interface Memory {
        /** embed's base URL (env {@code FORESIGHT_EMBED_URL}). */
        @WithDefault("http://127.0.0.1:8084")
        URI embedUrl();

        /** token-refresh's token endpoint, called with the client_credentials grant (env {@code FORESIGHT_TOKEN_URL}). */
        @WithDefault("http://127.0.0.1:8081/token")
        URI tokenUrl();

        /** This function's client at token-refresh; it needs the {@code memory:write} scope. */
        @WithDefault("alert-route")
        String clientId();

        /** Its secret (env {@code FORESIGHT_ALERT_ROUTE_CLIENT_SECRET}); without it, memory is off. */
        Optional<String> clientSecret();

        /** A cached access token is renewed this long before it expires. */
        @WithDefault("30s")
        Duration tokenRenewBefore();

        Similar similar();

        Outbox outbox();

        /** The similar past incidents attached to each firing notification. */
        interface Similar {
            /** How many resolved incidents to attach at most. */
            @WithDefault("3")
            @Min(1)
            @Max(50)
            int k();

            /**
             * The longest a flush waits for embed's answer; the notification then goes without them.
             * Capped by the route's {@code group_wait}, so an alert is never delayed past it.
             */
            @WithDefault("300ms")
            Duration budget();
        }

        /** The background drain of {@code memory_outbox}. */
        interface Outbox {
            /** How often this instance looks for memories to record. */
            @WithDefault("1s")
            Duration poll();

            /** Memories recorded per poll at most. */
            @WithDefault("20")
            @Min(1)
            @Max(500)
            int batch();

            /** How long one call to embed may take (it embeds the text: tens of milliseconds). */
            @WithDefault("5s")
            Duration timeout();

            /** After a failure a row waits this, doubled per failure up to {@code max-backoff}. */
            @WithDefault("1s")
            Duration initialBackoff();

            @WithDefault("5m")
            Duration maxBackoff();
        }
    }

    /** The Alertmanager side: its configuration file, and how often groups and stored versions are checked. */
    interface Alertmanager {
        /**
         * An Alertmanager configuration file ({@code --config.file}, env {@code FORESIGHT_ALERTMANAGER_CONFIG}).
         * Without one, the configuration is written from the {@code webhook.*} settings.
         */
        Optional<java.nio.file.Path> configFile();

        /** How often this instance looks for groups due to be flushed. */
        @WithDefault("100ms")
        Duration poll();

        /** How often this instance looks for a newer stored configuration (a reload or rollback on another instance). */
        @WithDefault("5s")
        Duration configCheck();

        /** The URL receivers are given to link back to alert-route ({@code --web.external-url}). */
        @WithDefault("http://127.0.0.1:8083")
        String externalUrl();
    }

    /**
     * Cascade inhibition: while a service's failure alert fires, the alerts of the services that
     * depend on it through critical edges are inhibited.
     */
    interface Cascade {
        @WithDefault("true")
        boolean enabled();

        /** Which firing alerts mean "this service is failing", in Alertmanager's matcher syntax. */
        @WithDefault("severity=\"critical\"")
        String sourceMatchers();
    }

    interface Severity {
        /**
         * The severity table, first match wins; an alert no rule matches is {@code low}. Each entry is
         * {@code <severity>[: type=a|b] [confidence>=x] [ttf<seconds>]}, the conditions all required.
         * One environment variable replaces the whole table: {@code FORESIGHT_ALERT_ROUTE_SEVERITY_RULES}.
         */
        @WithDefault("critical: type=failure confidence>=0.8 ttf<600,"
                + "high: type=cascade,"
                + "high: type=failure confidence>=0.8,"
                + "medium: type=latency,"
                + "medium: confidence>=0.5,"
                + "low")
        List<String> rules();
    }

    interface Dedup {
        /** A repeat of an unresolved alert last seen within this window updates it and is not notified again. */
        @WithDefault("5m")
        Duration window();
    }

    interface Resolve {
        /**
         * An alert not posted again for this long is resolved, and the receivers that heard it fire
         * hear it resolve (Alertmanager's {@code resolve_timeout}; senders re-post what still holds).
         */
        @WithDefault("5m")
        Duration timeout();

        /** How often stale alerts are looked for. */
        @WithDefault("10s")
        Duration checkEvery();
    }

    interface Intake {
        /** The most labels one alert may carry. */
        @WithDefault("32")
        @Min(0)
        @Max(1024)
        int maxLabels();

        /** Refuse alerts for services that are not registered in the fleet (the {@code services} table). */
        @WithDefault("true")
        boolean requireRegisteredService();
    }

    /**
     * The SSE streams ({@code GET /stream/{sessionId}}): alerts are appended to a Redis stream that
     * every instance reads, so a client reconnecting with {@code Last-Event-ID}, to any instance,
     * receives what it missed while that is still retained.
     */
    interface Stream {
        /** How often an open SSE stream receives a {@code heartbeat} event, which keeps proxies from closing it. */
        @WithDefault("15s")
        Duration heartbeat();

        /** Alerts held for a slow stream client before its stream is ended (it may reconnect and replay). */
        @WithDefault("256")
        @Min(1)
        int buffer();

        Retention retention();

        /** A session (its filters, last delivered event) is forgotten this long after its last connection was seen. */
        @WithDefault("24h")
        Duration sessionTtl();

        /** How many events one replay read fetches from the log; at most {@code buffer}, which a page must fit in. */
        @WithDefault("200")
        @Min(1)
        @Max(10000)
        int replayPage();

        /**
         * How much of the alert log is kept for replay: about {@code max-events} entries (trimmed
         * with {@code MAXLEN ~} at each append, so a little more may stay), and none older than
         * {@code max-age} (trimmed once a minute). A client whose last event is older gets a
         * {@code gap} event first.
         */
        interface Retention {
            @WithDefault("20000")
            @Min(1)
            long maxEvents();

            @WithDefault("1h")
            Duration maxAge();
        }
    }

    interface Webhook {
        /** Where alerts are POSTed (env {@code FORESIGHT_WEBHOOK_URL}); without it the webhook receiver is off. */
        Optional<URI> url();

        /** The severities that go to the webhook; every alert goes to the streams. */
        @WithDefault("critical,high")
        Set<String> severities();

        /** Deliveries tried at most this many times when the webhook answers 429, 5xx or times out. */
        @WithDefault("4")
        @Min(1)
        @Max(20)
        int maxAttempts();

        /** The wait before the first retry; each next wait doubles, up to {@code max-backoff}. */
        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("10s")
        Duration maxBackoff();

        /** A random amount up to this is added to or taken from each wait, so instances do not retry in step. */
        @WithDefault("100ms")
        Duration jitter();

        /** How long one attempt may take, connection included. */
        @WithDefault("5s")
        Duration timeout();
    }

    /**
     * Delivery to the receivers of the Alertmanager configuration ({@code email_configs},
     * {@code slack_configs}, {@code pagerduty_configs}; {@code webhook_configs} keep {@code webhook.*}'s
     * retry settings): retries with exponential backoff and jitter, and a circuit breaker per endpoint.
     */
    interface Receivers {
        /** Deliveries tried at most this many times when the receiver answers 429, 5xx, SMTP 4xx or times out. */
        @WithDefault("4")
        @Min(1)
        @Max(20)
        int maxAttempts();

        /** The wait before the first retry; each next wait doubles, up to {@code max-backoff}. */
        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /** A random amount up to this is added to or taken from each wait. */
        @WithDefault("200ms")
        Duration jitter();

        /** How long one attempt may take, connection included. */
        @WithDefault("10s")
        Duration timeout();

        /** The longest {@code Retry-After} honoured; a receiver asking for more is retried after this. */
        @WithDefault("60s")
        Duration maxRetryAfter();

        CircuitBreaker circuitBreaker();

        /**
         * Per receiver endpoint (URL or smarthost): after {@code requests} attempts of which at least
         * {@code failure-ratio} failed retryably, the endpoint is not tried for {@code delay}.
         */
        interface CircuitBreaker {
            @WithDefault("20")
            @Min(1)
            int requests();

            @WithDefault("0.5")
            double failureRatio();

            @WithDefault("30s")
            Duration delay();
        }
    }

    /**
     * Where the web console (served at {@code /}) finds the other functions. The browser calls
     * them, so these are the addresses a user's browser reaches, which in a cluster are not the
     * in-cluster ones: {@code FORESIGHT_CONSOLE_TOKEN_URL} etc. override the shared variables.
     */
    interface Console {
        /** token-refresh's token endpoint (env {@code FORESIGHT_CONSOLE_TOKEN_URL}, else {@code FORESIGHT_TOKEN_URL}). */
        @WithDefault("http://127.0.0.1:8081/token")
        URI tokenUrl();

        /** predict's base URL (env {@code FORESIGHT_CONSOLE_PREDICT_URL}, else {@code FORESIGHT_PREDICT_URL}). */
        @WithDefault("http://127.0.0.1:8082")
        URI predictUrl();

        /** monitor-trigger's base URL (env {@code FORESIGHT_CONSOLE_MONITOR_URL}, else {@code FORESIGHT_MONITOR_TRIGGER_URL}). */
        @WithDefault("http://127.0.0.1:8085")
        URI monitorUrl();

        /** embed's base URL (env {@code FORESIGHT_CONSOLE_EMBED_URL}, else {@code FORESIGHT_EMBED_URL}). */
        @WithDefault("http://127.0.0.1:8084")
        URI embedUrl();
    }
}
