package dev.foresight.alertroute.am.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code global:} block, with Alertmanager 0.25's keys and its defaults. */
final class GlobalParser {
    static final String PAGERDUTY_URL = "https://events.pagerduty.com/v2/enqueue";

    private static final Set<String> KEYS = Set.of("resolve_timeout", "http_config", "smtp_from", "smtp_hello",
            "smtp_smarthost", "smtp_auth_username", "smtp_auth_password", "smtp_auth_password_file",
            "smtp_auth_secret", "smtp_auth_identity", "smtp_require_tls", "slack_api_url", "slack_api_url_file",
            "pagerduty_url", "opsgenie_api_url", "opsgenie_api_key", "opsgenie_api_key_file", "wechat_api_url",
            "wechat_api_secret", "wechat_api_corp_id", "victorops_api_url", "victorops_api_key",
            "victorops_api_key_file", "telegram_api_url", "webex_api_url");

    private GlobalParser() {}

    static Global parse(Optional<YamlNode> block) {
        if (block.isEmpty()) {
            return new Global(Global.DEFAULT_RESOLVE_TIMEOUT, defaults());
        }
        YamlNode g = block.get().allowOnly(KEYS);
        Duration resolveTimeout = g.text("resolve_timeout").map(PromDuration::parse).orElse(Global.DEFAULT_RESOLVE_TIMEOUT);
        Map<String, String> settings = defaults();
        for (String key : g.keys()) {
            if (key.equals("resolve_timeout") || key.equals("http_config")) {
                continue; // the first is typed above; HTTP client settings are not ours to apply
            }
            g.text(key).ifPresent(v -> settings.put(key, v));
        }
        for (String urlKey : new String[] {"slack_api_url", "pagerduty_url", "opsgenie_api_url", "wechat_api_url",
                "victorops_api_url", "telegram_api_url", "webex_api_url"}) {
            g.get(urlKey).ifPresent(n -> Urls.parse(n.text()));
        }
        if (settings.containsKey("slack_api_url") && settings.containsKey("slack_api_url_file")) {
            throw new ConfigException("at most one of slack_api_url & slack_api_url_file must be configured");
        }
        if (settings.containsKey("smtp_smarthost")) {
            Urls.hostPort(settings.get("smtp_smarthost"));
        }
        return new Global(resolveTimeout, settings);
    }

    private static Map<String, String> defaults() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("smtp_hello", "localhost");
        settings.put("smtp_require_tls", "true");
        settings.put("pagerduty_url", PAGERDUTY_URL);
        return settings;
    }
}
