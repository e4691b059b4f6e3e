package dev.foresight.cli.config;

import java.net.URI;

/** One function's base URL, named so errors can say which function did not answer. */
public record Endpoint(String function, URI base) {

    public URI resolve(String pathAndQuery) {
        String b = base.toString();
        return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + pathAndQuery);
    }
}
