package dev.foresight.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.CliException;
import dev.foresight.cli.ExitCode;
import dev.foresight.cli.config.Endpoint;

/**
 * One place that turns an HTTP error into a message and an exit code. The message is the
 * server's own words when it sent any: problem+json {@code detail} (RFC 9457) or OAuth's
 * {@code error_description} (RFC 6749 §5.2).
 */
public final class ErrorMapping {
    private ErrorMapping() {}

    public static CliException of(Endpoint endpoint, int status, String body) {
        String said = message(body);
        return switch (status) {
            case 401 -> new CliException(ExitCode.AUTH, endpoint.function() + " did not accept the token"
                    + (said == null ? "" : " (" + said + ")") + "; run: foresight login");
            case 403 -> new CliException(ExitCode.AUTH, said != null ? said
                    : endpoint.function() + " refused: the logged-in client lacks the scope this needs");
            case 404 -> new CliException(ExitCode.NOT_FOUND, said != null ? said : "not found at " + endpoint.function());
            default -> new CliException(ExitCode.REFUSED, said != null ? said
                    : endpoint.function() + " answered HTTP " + status);
        };
    }

    /** The most specific text the body offers, or null when it has none worth showing. */
    static String message(String body) {
        JsonNode json = Json.parse(body);
        for (String field : new String[] {"detail", "error_description", "title", "error"}) {
            JsonNode value = json.path(field);
            if (value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        if (json.isMissingNode() && body != null && !body.isBlank() && body.length() <= 200 && !body.contains("<")) {
            return body.strip();
        }
        return null;
    }
}
