package dev.foresight.cli.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.CliContext;
import dev.foresight.cli.CliException;
import dev.foresight.cli.config.Endpoint;
import dev.foresight.cli.http.Api;
import dev.foresight.cli.http.ErrorMapping;
import dev.foresight.cli.http.Json;
import dev.foresight.cli.output.OutputOption;
import dev.foresight.cli.output.Palette;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stream", description = {"Follow the live stream of new alerts (SSE).",
        "One line per alert, coloured by severity on a terminal (NO_COLOR turns",
        "colour off); -o json prints each alert's JSON on its own line.",
        "Reconnects when the connection drops; --count N stops after N alerts."})
public final class StreamCommand implements Callable<Integer> {
    private static final long MAX_BACKOFF_MS = 10_000;

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Option(names = "--severity", paramLabel = "LIST", description = "only these severities, e.g. critical,high")
    String severity;

    @Option(names = "--service", paramLabel = "LIST", description = "only these services, comma-separated")
    String service;

    @Option(names = "--count", paramLabel = "N", description = "stop after N alerts (for scripts)")
    Integer count;

    @Option(names = "--session", paramLabel = "ID", description = "stream session id (default: cli-<pid>)")
    String session;

    public StreamCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        Endpoint alertRoute = context.endpoints().alertRoute();
        String path = "/stream/" + Api.encode(session != null ? session : "cli-" + ProcessHandle.current().pid()) + query();
        Palette palette = new Palette(context.colour());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int seen = 0;
        long backoff = 500;
        boolean connectedOnce = false;
        String lastEventId = null;
        while (true) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(alertRoute.resolve(path))
                        .header("Authorization", "Bearer " + context.session().accessToken())
                        .header("Accept", "text/event-stream");
                if (lastEventId != null) {
                    // alert-route replays what was sent while this client was away
                    request.header("Last-Event-ID", lastEventId);
                }
                HttpResponse<Stream<String>> response = context.http().lines(alertRoute, request.GET().build());
                try (Stream<String> lines = response.body()) {
                    if (response.statusCode() != 200) {
                        throw ErrorMapping.of(alertRoute, response.statusCode(), lines.collect(Collectors.joining("\n")));
                    }
                    boolean announced = false;
                    backoff = 500;
                    SseParser parser = new SseParser();
                    for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                        Optional<SseEvent> event = parser.line(it.next());
                        if (event.isPresent() && !announced) {
                            // alert-route's first event means "attached to the feed": from here no alert is missed
                            err.println(connectedOnce ? "stream: reconnected" : "stream: following " + alertRoute.base() + path);
                            err.flush();
                            announced = true;
                            connectedOnce = true;
                        }
                        if (event.isPresent() && event.get().name().equals("gap")) {
                            err.println("stream: some alerts sent while disconnected are no longer kept: " + event.get().data());
                            err.flush();
                        }
                        if (event.isEmpty() || !event.get().name().equals("alert")) {
                            continue; // heartbeats keep the connection open; nothing to show
                        }
                        if (event.get().id() != null) {
                            lastEventId = event.get().id();
                        }
                        out.println(output.json() ? event.get().data() : AlertLine.format(alertJson(event.get()), palette));
                        out.flush();
                        if (count != null && ++seen >= count) {
                            return 0;
                        }
                    }
                }
            } catch (CliException e) {
                // an unreachable server at the start is an answer for the caller; later, a drop to ride out
                if (!connectedOnce || e.exitCode() != dev.foresight.cli.ExitCode.UNREACHABLE) {
                    throw e;
                }
            } catch (UncheckedIOException dropped) {
                // the connection broke while reading: reconnect below
            }
            err.println("stream: connection lost; reconnecting in " + backoff + " ms");
            err.flush();
            Thread.sleep(backoff);
            backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
        }
    }

    private static JsonNode alertJson(SseEvent event) {
        return Json.parse(event.data());
    }

    private String query() {
        StringBuilder q = new StringBuilder();
        if (severity != null) {
            q.append(q.length() == 0 ? '?' : '&').append("severity=").append(Api.encode(severity));
        }
        if (service != null) {
            q.append(q.length() == 0 ? '?' : '&').append("service=").append(Api.encode(service));
        }
        return q.toString();
    }
}
