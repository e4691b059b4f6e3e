package dev.foresight.cli.http;

import com.fasterxml.jackson.databind.JsonNode;

/** A server's answer, the body kept as sent so {@code -o json} can print it unchanged. */
public record Reply(int status, String body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public JsonNode json() {
        return Json.parse(body);
    }
}
