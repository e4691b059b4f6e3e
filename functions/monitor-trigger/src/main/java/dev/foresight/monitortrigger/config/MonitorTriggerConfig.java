package dev.foresight.monitortrigger.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything an operator may tune in monitor-trigger. Environment variables named in
 * {@code application.properties} feed the URLs and credentials; {@link ConfigValidator} checks
 * the values at start-up.
 */
@ConfigMapping(prefix = "foresight.monitor-trigger")
public interface MonitorTriggerConfig {

    /** Base URL of predict; the cycle calls {@code POST /predict} there. */
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

    /** How many predict calls run at once. */
    @WithDefault("4")
    int predictConcurrency();

    /** Lifetime of a {@code foresight:cache:at-risk:<service>} entry. */
    @WithDefault("10m")
    Duration atRiskTtl();

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
