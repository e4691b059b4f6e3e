package dev.foresight.alertroute.am.config;

import java.net.URI;
import java.net.URISyntaxException;

/** Alertmanager's URL and host:port checks for receiver and global settings. */
final class Urls {
    private Urls() {}

    /** An http(s) URL with a host, or Alertmanager's refusal. */
    static URI parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new ConfigException("parse " + quote(text) + ": " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ConfigException("unsupported scheme " + quote(scheme) + " for URL");
        }
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            throw new ConfigException("missing host for URL");
        }
        return uri;
    }

    /** {@code host:port}, as the SMTP smarthost must be. */
    static void hostPort(String text) {
        if (text.isEmpty()) {
            return;
        }
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new ConfigException("address " + text + ": missing port in address");
        }
        if (colon == text.length() - 1) {
            throw new ConfigException("address " + quote(text) + ": port cannot be empty");
        }
    }

    private static String quote(String s) {
        return dev.foresight.alertroute.am.text.GoQuote.quote(s);
    }
}
