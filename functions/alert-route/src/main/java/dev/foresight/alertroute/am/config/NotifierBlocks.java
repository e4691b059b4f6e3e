package dev.foresight.alertroute.am.config;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Email, Slack and PagerDuty blocks: kept as maps for their notifiers, but refused here exactly when
 * Alertmanager 0.25 refuses them, and completed from {@code global:} as Alertmanager completes them.
 */
final class NotifierBlocks {
    private static final Set<String> EMAIL_KEYS = Set.of("send_resolved", "to", "from", "hello", "smarthost",
            "auth_username", "auth_password", "auth_password_file", "auth_secret", "auth_identity", "headers", "html",
            "text", "require_tls", "tls_config");
    private static final Set<String> SLACK_KEYS = Set.of("send_resolved", "http_config", "api_url", "api_url_file",
            "channel", "username", "color", "title", "title_link", "pretext", "text", "fields", "short_fields",
            "footer", "fallback", "callback_id", "icon_emoji", "icon_url", "image_url", "thumb_url", "link_names",
            "mrkdwn_in", "actions");
    private static final Set<String> PAGERDUTY_KEYS = Set.of("send_resolved", "http_config", "service_key",
            "service_key_file", "routing_key", "routing_key_file", "url", "client", "client_url", "description",
            "details", "images", "links", "source", "severity", "class", "component", "group");

    private NotifierBlocks() {}

    static Map<String, Object> email(YamlNode node, Global global) {
        node.allowOnly(EMAIL_KEYS);
        if (node.text("to").orElse("").isEmpty()) {
            throw new ConfigException("missing to address in email config");
        }
        Set<String> headers = new HashSet<>();
        for (String header : node.get("headers").map(YamlNode::keys).orElse(java.util.List.of())) {
            if (!headers.add(header.toLowerCase(Locale.ROOT))) {
                throw new ConfigException("duplicate header \"" + header + "\" in email config");
            }
        }
        Map<String, Object> block = node.plainMap();
        fill(block, "smarthost", node, global, "smtp_smarthost", "no global SMTP smarthost set");
        fill(block, "from", node, global, "smtp_from", "no global SMTP from set");
        block.putIfAbsent("hello", global.setting("smtp_hello").orElse("localhost"));
        for (String auth : new String[] {"auth_username", "auth_password", "auth_password_file", "auth_secret", "auth_identity"}) {
            if (node.text(auth).orElse("").isEmpty()) {
                global.setting("smtp_" + auth).ifPresent(value -> block.put(auth, value));
            }
        }
        block.putIfAbsent("require_tls", Boolean.parseBoolean(global.setting("smtp_require_tls").orElse("true")));
        block.putIfAbsent("send_resolved", false);
        node.text("smarthost").ifPresent(Urls::hostPort);
        return block;
    }

    static Map<String, Object> slack(YamlNode node, Global global) {
        node.allowOnly(SLACK_KEYS);
        if (node.has("api_url") && node.has("api_url_file")) {
            throw new ConfigException("at most one of api_url & api_url_file must be configured");
        }
        node.text("api_url").ifPresent(Urls::parse);
        Map<String, Object> block = node.plainMap();
        if (!node.has("api_url") && !node.has("api_url_file")) {
            if (global.setting("slack_api_url").isEmpty() && global.setting("slack_api_url_file").isEmpty()) {
                throw new ConfigException("no global Slack API URL set either inline or in a file");
            }
            global.setting("slack_api_url").ifPresent(v -> block.put("api_url", v));
            global.setting("slack_api_url_file").ifPresent(v -> block.put("api_url_file", v));
        }
        block.putIfAbsent("send_resolved", false);
        return block;
    }

    static Map<String, Object> pagerduty(YamlNode node, Global global) {
        node.allowOnly(PAGERDUTY_KEYS);
        boolean routingKey = !node.text("routing_key").orElse("").isEmpty();
        boolean routingKeyFile = !node.text("routing_key_file").orElse("").isEmpty();
        boolean serviceKey = !node.text("service_key").orElse("").isEmpty();
        boolean serviceKeyFile = !node.text("service_key_file").orElse("").isEmpty();
        if (!routingKey && !routingKeyFile && !serviceKey && !serviceKeyFile) {
            throw new ConfigException("missing service or routing key in PagerDuty config");
        }
        if (routingKey && routingKeyFile) {
            throw new ConfigException("at most one of routing_key & routing_key_file must be configured");
        }
        if (serviceKey && serviceKeyFile) {
            throw new ConfigException("at most one of service_key & service_key_file must be configured");
        }
        node.text("url").ifPresent(Urls::parse);
        Map<String, Object> block = node.plainMap();
        block.putIfAbsent("url", global.setting("pagerduty_url").orElse(GlobalParser.PAGERDUTY_URL));
        block.putIfAbsent("send_resolved", true);
        return block;
    }

    private static void fill(Map<String, Object> block, String key, YamlNode node, Global global, String globalKey,
            String missing) {
        if (node.text(key).orElse("").isEmpty()) {
            block.put(key, global.setting(globalKey).orElseThrow(() -> new ConfigException(missing)));
        }
    }
}
