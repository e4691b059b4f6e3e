package dev.foresight.alertroute.receiver;

import dev.foresight.alertroute.notify.Outcomes;
import dev.foresight.alertroute.notify.SendResult;
import dev.foresight.shared.egress.EgressHttp;
import dev.foresight.shared.egress.EgressPolicy;
import dev.foresight.shared.egress.EgressRefused;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One attempt of the HTTP receivers (webhook, Slack, PagerDuty): a JSON POST through the egress
 * policy, its answer classified by {@link Outcomes}; a refused destination is permanent.
 */
public final class JsonPost {
    private static final Map<String, String> HEADERS = Map.of(
            "Content-Type", "application/json", "User-Agent", "foresight-alert-route");

    private JsonPost() {}

    /** {@code field} names the URL's setting ({@code api_url}, {@code url}) in a refusal. */
    public static Uni<SendResult> send(EgressHttp http, String url, byte[] body, Duration timeout, String field) {
        return http.send(HttpMethod.POST, url, HEADERS, Buffer.buffer(body), timeout)
                .map(response -> Outcomes.ofStatus(response.status(), response.bodyAsString(), response.retryAfter(), Instant.now()))
                .onFailure(EgressRefused.class).recoverWithItem(refused -> SendResult.fatal(field + " " + refused.getMessage()
                        + " (the egress policy; " + EgressPolicy.ALLOW_PROPERTY + ")"));
    }
}
