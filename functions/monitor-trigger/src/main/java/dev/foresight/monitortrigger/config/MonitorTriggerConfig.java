package dev.foresight.monitortrigger.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an operator may tune in monitor-trigger. Environment variables named in
 * {@code application.properties} feed the URLs and credentials; {@link ConfigValidator} checks
 * the values at start-up.
 */
@ConfigMapping(prefix = "foresight.monitor-trigger")
public interface MonitorTriggerConfig {

    /** Base URL of predict; the cycle calls {@code POST /predict/batch} there. */
    @WithDefault("http://127.0.0.1:8082")
    String predictUrl();

    /** Base URL of alert-route; the cycle calls {@code POST /alerts} there. */
    @WithDefault("http://127.0.0.1:8083")
    String alertRouteUrl();

    /** Token endpoint of token-refresh, called with the client_credentials grant. */
    @WithDefault("http://127.0.0.1:8081/token")
    String tokenUrl();

    /** OAuth client id this function authenticates as. */
    @WithDefault("monitor-trigger")
    String clientId();

    /** Its client secret. No default: secrets come from the environment only. */
    Optional<String> clientSecret();

    /** A cached access token is renewed this long before it expires. */
    @WithDefault("60s")
    Duration tokenRenewBefore();

    /** The Redis key of the cycle lock; instances that share it run one cycle at a time between them. */
    @WithDefault(dev.foresight.shared.redis.Channels.MONITOR_LOCK)
    String lockKey();

    /** Lifetime of the Redis cycle lock; must exceed {@link #cycleTimeout()} so a live cycle keeps it. */
    @WithDefault("3m")
    Duration lockTtl();

    /** A cycle still running after this stops and reports what it finished. */
    @WithDefault("2m")
    Duration cycleTimeout();

    /** Health probes that do not answer within this are recorded as unhealthy. */
    @WithDefault("2s")
    Duration probeTimeout();

    /** How many health probes run at once. */
    @WithDefault("16")
    int probeConcurrency();

    /** Services with at least one snapshot newer than this are sent to predict. */
    @WithDefault("1h")
    Duration historyWindow();

    /** How many predict batch calls run at once. */
    @WithDefault("4")
    int predictConcurrency();

    /**
     * Services per {@code POST /predict/batch} call: a cycle of N services makes ceil(N / this)
     * calls. Keep it at or below predict's {@code foresight.predict.batch.max-requests} (1000).
     */
    @WithDefault("200")
    int predictChunkSize();

    /**
     * A batch call that sends no answer line for this long is broken off; the services it has not
     * answered yet are retried (a line comes as soon as one service is predicted).
     */
    @WithDefault("10s")
    Duration predictLineTimeout();

    /** Lifetime of a {@code foresight:cache:at-risk:<service>} entry. */
    @WithDefault("10m")
    Duration atRiskTtl();

    /**
     * How long a trigger's idempotency key (a CloudEvent's source and id, or a {@code cycleId}) is
     * remembered: a retried delivery within it gets the first cycle's report instead of a new cycle.
     */
    @WithDefault("1h")
    Duration triggerDedupTtl();

    /** The Prometheus HTTP API source; off unless {@code url} is set. */
    Prometheus prometheus();

    interface Prometheus {
        /** Base URL of Prometheus (the part before {@code /api/v1}); it must pass the egress policy. */
        Optional<String> url();

        /** HTTP basic authentication user; needs {@link #password()}. */
        Optional<String> username();

        /** HTTP basic authentication password, from the environment. */
        Optional<String> password();

        /** A bearer token sent as {@code Authorization: Bearer ...}; not with basic authentication. */
        Optional<String> bearerToken();

        /** One query (one chunk of a range) that has not answered within this fails for its service. */
        @WithDefault("5s")
        Duration timeout();

        /** Resolution of the collected points: one snapshot per step. */
        @WithDefault("1m")
        Duration step();

        /**
         * Points newer than this are left for the next cycle: a scrape that Prometheus has not
         * ingested yet would otherwise leave a step stored without some of its metrics.
         */
        @WithDefault("15s")
        Duration ingestDelay();

        /** How far back the first cycle reaches; later cycles ask only for what is new since the last stored point. */
        @WithDefault("1h")
        Duration window();

        /** The range of {@code rate()} and friends in the default queries ({@code {{rate_window}}}). */
        @WithDefault("5m")
        Duration rateWindow();

        /** Points per series in one {@code query_range}; longer ranges are split. Prometheus refuses more than 11 000. */
        @WithDefault("11000")
        int maxPointsPerQuery();

        /** An answer larger than this is refused rather than read into memory. */
        @WithDefault("8388608")
        int maxResponseBytes();

        /** How many services are queried at once. */
        @WithDefault("4")
        int concurrency();

        /** The preset for services listed without one, and for every service when {@link #allServices()}: micrometer, node or none. */
        @WithDefault("micrometer")
        String defaultPreset();

        /** Query every registered service (with the default preset, job = service name), not just the listed ones. */
        @WithDefault("false")
        boolean allServices();

        /** Per service (by registered name): preset, job, instance and query overrides. */
        Map<String, ServiceQueries> services();

        interface ServiceQueries {
            /** micrometer, node or none; the default preset when absent. */
            Optional<String> preset();

            /** The scrape job in {@code {{job}}}; the service name when absent. */
            Optional<String> job();

            /** The target's {@code host:port} in {@code {{instance}}}. */
            Optional<String> instance();

            /** PromQL by metric key (health, latency-ms, error-rate, cpu, memory, requests); "-" switches a preset's query off. */
            Map<String, String> queries();
        }
    }

    /** The fleet as a file (services, limits, runbooks, Prometheus queries, dependencies). */
    Fleet fleet();

    interface Fleet {
        /**
         * A fleet file read at start-up ({@code FORESIGHT_FLEET_FILE}): an invalid one stops the start
         * with every error; a valid one becomes the declared fleet (a new version when it changed) and
         * the registrations are made equal to it. Unset: the fleet is whatever the API registered,
         * or the last document sent to {@code POST /fleet}.
         */
        Optional<String> file();
    }

    /** Local scheduling; in deployment an external scheduler calls {@code POST /monitor-trigger}. */
    Schedule schedule();

    interface Schedule {
        /** Whether this process runs cycles by itself (the local launcher turns it on). */
        @WithDefault("false")
        boolean enabled();

        /** Period between two scheduled cycles, e.g. {@code 30s}. */
        @WithDefault("30s")
        String every();
    }
}
