package dev.foresight.alertroute.receiver.email;

import dev.foresight.alertroute.am.config.ConfigException;
import dev.foresight.alertroute.receiver.BlockValues;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code email_configs} entry, typed, with Alertmanager's field names and global defaults
 * already filled in by the parser. Port 465 is TLS from the first byte (as Alertmanager dials it);
 * any other port speaks plain SMTP and upgrades with STARTTLS, which {@code require_tls} makes
 * mandatory. {@code html} and {@code text} are sent as written; without either, both default bodies go.
 */
public record EmailConfig(java.util.List<String> to, String from, String hello, String host, int port,
        Optional<String> username, Optional<String> password, Optional<String> passwordFile, boolean requireTls,
        boolean insecureSkipVerify, Optional<String> caFile, Optional<String> html, Optional<String> text,
        Map<String, String> headers, boolean sendResolved) {

    private static final Set<String> TLS_KEYS = Set.of("insecure_skip_verify", "ca_file", "server_name", "min_version");

    public static EmailConfig of(Map<String, Object> block) {
        java.util.List<String> to = MailAddresses.parse("to", BlockValues.text(block, "to", ""));
        String from = BlockValues.text(block, "from", "");
        java.util.List<String> froms = MailAddresses.parse("from", from);
        if (froms.size() != 1) {
            throw new ConfigException("parse 'from' addresses: mail: expected single address");
        }
        String smarthost = BlockValues.text(block, "smarthost", "");
        int colon = smarthost.lastIndexOf(':');
        String host = smarthost.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(smarthost.substring(colon + 1));
        } catch (NumberFormatException notANumber) {
            throw new ConfigException("address " + smarthost + ": invalid port");
        }
        if (port < 1 || port > 65535 || host.isEmpty()) {
            throw new ConfigException("address " + smarthost + ": invalid port or host");
        }
        Map<String, Object> tls = BlockValues.block(block, "tls_config");
        for (String key : tls.keySet()) {
            if (!TLS_KEYS.contains(key)) {
                throw new ConfigException("tls_config " + key + " is not supported for email_configs (supported: "
                        + String.join(", ", new java.util.TreeSet<>(TLS_KEYS)) + ")");
            }
        }
        if (block.get("auth_secret") != null || block.get("auth_identity") != null) {
            throw new ConfigException("auth_secret and auth_identity (CRAM-MD5, PLAIN identity) are not supported; use auth_username and auth_password");
        }
        Optional<String> password = BlockValues.text(block, "auth_password");
        Optional<String> passwordFile = BlockValues.text(block, "auth_password_file");
        if (password.isPresent() && passwordFile.isPresent()) {
            throw new ConfigException("at most one of auth_password & auth_password_file must be configured");
        }
        return new EmailConfig(to, from, BlockValues.text(block, "hello", "localhost"), host, port,
                BlockValues.text(block, "auth_username"), password, passwordFile,
                BlockValues.bool(block, "require_tls", true), BlockValues.bool(tls, "insecure_skip_verify", false),
                BlockValues.text(tls, "ca_file"), BlockValues.text(block, "html"), BlockValues.text(block, "text"),
                BlockValues.strings(block, "headers"), BlockValues.bool(block, "send_resolved", false));
    }

    /** Where the mail goes, as the circuit breaker and the log name it. */
    public String smarthost() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** TLS from the first byte, as on port 465. */
    public boolean implicitTls() {
        return port == 465;
    }
}
