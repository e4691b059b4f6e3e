package dev.foresight.cli.status;

import dev.foresight.cli.CliException;
import dev.foresight.cli.config.Endpoint;
import dev.foresight.cli.http.Http;
import dev.foresight.cli.http.Reply;
import java.net.http.HttpRequest;
import java.time.Duration;

/** One function's answer to {@code /q/health/ready} (public, no token needed). */
record Readiness(Endpoint endpoint, State state, int httpStatus) {
    enum State { ready, not_ready, unreachable }

    static Readiness probe(Http http, Endpoint endpoint) {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            Reply reply = http.send(endpoint, request);
            return new Readiness(endpoint, reply.status() == 200 ? State.ready : State.not_ready, reply.status());
        } catch (CliException unreachable) {
            return new Readiness(endpoint, State.unreachable, 0);
        }
    }
}
