package dev.foresight.cli.snapshots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.foresight.cli.CliException;
import dev.foresight.cli.ExitCode;
import dev.foresight.cli.http.Json;

/**
 * Accepts what an operator is likely to have at hand: the API's own {@code {"snapshots":[…]}},
 * a bare array of snapshots, or one snapshot object; always sends the API's form.
 */
final class SnapshotBody {
    private SnapshotBody() {}

    static ObjectNode from(String text) {
        JsonNode json = Json.parse(text);
        if (json.isObject() && json.has("snapshots")) {
            return (ObjectNode) json;
        }
        ArrayNode list;
        if (json.isArray()) {
            list = (ArrayNode) json;
        } else if (json.isObject()) {
            list = Json.object().arrayNode().add(json);
        } else {
            throw new CliException(ExitCode.USAGE,
                    "snapshots must be JSON: {\"snapshots\":[...]}, an array of snapshots, or one snapshot object");
        }
        ObjectNode body = Json.object();
        body.set("snapshots", list);
        return body;
    }
}
