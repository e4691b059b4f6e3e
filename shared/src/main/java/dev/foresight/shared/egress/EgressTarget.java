package dev.foresight.shared.egress;

import java.net.InetAddress;
import java.net.URI;

/**
 * Where a checked request goes: the URL as written (its host names the Host header and TLS SNI)
 * and the one address that was checked, so a second lookup cannot send it elsewhere.
 */
public record EgressTarget(URI uri, InetAddress address) {
    public boolean ssl() {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    public int port() {
        return uri.getPort() >= 0 ? uri.getPort() : ssl() ? 443 : 80;
    }

    /** The host as the Host header carries it: IPv6 literals keep their brackets. */
    public String host() {
        return uri.getHost();
    }

    /** Path and query, as the request line carries them. */
    public String requestUri() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
