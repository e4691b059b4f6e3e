package dev.foresight.monitortrigger.source.prometheus;

import dev.foresight.monitortrigger.cycle.FailureText;
import dev.foresight.shared.egress.EgressHttp;
import dev.foresight.shared.egress.EgressResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /api/v1/query_range} and {@code /api/v1/query} through the egress policy: a form POST
 * (no URL length limit on the PromQL), the configured authentication, a time-out and a cap on
 * the answer's size. Never fails: every problem is a {@link PromAnswer.Failed}.
 */
@Singleton
public class PrometheusClient {
    private final EgressHttp http;

    public PrometheusClient(EgressHttp http) {
        this.http = http;
    }

    public Uni<PromAnswer> range(PrometheusSettings settings, String query, RangeSplitter.Range range) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("query", query);
        form.put("start", seconds(range.start()));
        form.put("end", seconds(range.end()));
        form.put("step", seconds(settings.config().step()));
        return call(settings, "/api/v1/query_range", form);
    }

    public Uni<PromAnswer> instant(PrometheusSettings settings, String query, Instant time) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("query", query);
        form.put("time", seconds(time));
        return call(settings, "/api/v1/query", form);
    }

    private Uni<PromAnswer> call(PrometheusSettings settings, String path, Map<String, String> form) {
        Duration timeout = settings.config().timeout();
        // Prometheus stops evaluating at its own time-out; ask it to give up a little before we do
        form.put("timeout", seconds(timeout));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("Accept", "application/json");
        settings.authorization().ifPresent(value -> headers.put("Authorization", value));
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        int limit = settings.config().maxResponseBytes();
        return Uni.createFrom().deferred(() -> http.send(HttpMethod.POST, settings.baseUrl() + path, headers,
                        Buffer.buffer(body), timeout, limit))
                .map(response -> answer(response, limit))
                .onFailure().recoverWithItem(failure -> new PromAnswer.Failed(FailureText.of(failure)));
    }

    private static PromAnswer answer(EgressResponse response, int limit) {
        if (response.truncated()) {
            return new PromAnswer.Failed("answer larger than " + limit + " bytes (" + PrometheusSettings.PREFIX
                    + "max-response-bytes); lower max-points-per-query or raise the limit");
        }
        return ResponseParser.parse(response.status(), response.bodyAsString());
    }

    /** Prometheus takes RFC 3339 or Unix seconds with a fraction; seconds keep milliseconds exact. */
    static String seconds(Instant time) {
        long ms = time.toEpochMilli();
        return Math.floorDiv(ms, 1000) + "." + String.format("%03d", Math.floorMod(ms, 1000));
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms / 1000 + "." + String.format("%03d", ms % 1000);
    }
}
