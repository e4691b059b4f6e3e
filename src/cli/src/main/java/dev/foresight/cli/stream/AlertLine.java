package dev.foresight.cli.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.output.Durations;
import dev.foresight.cli.output.Palette;
import java.util.Locale;

/** One alert as one terminal line: time, severity, service, type, lead time, summary. */
final class AlertLine {
    private AlertLine() {}

    static String format(JsonNode alert, Palette palette) {
        String severity = alert.path("severity").asText("?");
        String time = alert.path("lastSeenAt").asText(alert.path("startsAt").asText(""));
        StringBuilder line = new StringBuilder()
                .append(time.isEmpty() ? "-" : time).append("  ")
                .append(String.format(Locale.ROOT, "%-8s", severity.toUpperCase(Locale.ROOT))).append("  ")
                .append(alert.path("service").asText("?")).append("  ")
                .append(alert.path("type").asText("?"));
        if (alert.path("timeToFailureSeconds").isNumber()) {
            line.append("  in ").append(Durations.seconds(alert.path("timeToFailureSeconds").asDouble()));
        }
        if (alert.path("confidence").isNumber()) {
            line.append(String.format(Locale.ROOT, "  p=%.2f", alert.path("confidence").asDouble()));
        }
        line.append("  #").append(alert.path("id").asText()).append("  ").append(alert.path("summary").asText(""));
        return palette.severity(severity, line.toString());
    }
}
