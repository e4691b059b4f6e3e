package dev.foresight.alertroute.receiver.pagerduty;

import dev.foresight.alertroute.am.config.ConfigException;
import dev.foresight.alertroute.receiver.BlockValues;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code pagerduty_configs} entry for the Events API v2: the routing key (inline or from
 * {@code routing_key_file}), the events URL (the global {@code pagerduty_url} filled in by the
 * parser) and the event's fields. {@code service_key} is the Events API v1, which is not spoken here.
 */
public record PagerDutyConfig(Optional<String> routingKey, Optional<String> routingKeyFile, String url,
        Optional<String> client, Optional<String> clientUrl, Optional<String> description, Optional<String> severity,
        Optional<String> source, Optional<String> eventClass, Optional<String> component, Optional<String> group,
        Map<String, String> details, boolean sendResolved) {

    public static PagerDutyConfig of(Map<String, Object> block) {
        if (BlockValues.text(block, "service_key").isPresent() || BlockValues.text(block, "service_key_file").isPresent()) {
            throw new ConfigException("service_key is the PagerDuty Events API v1, which is not supported: use routing_key (Events API v2)");
        }
        return new PagerDutyConfig(BlockValues.text(block, "routing_key"), BlockValues.text(block, "routing_key_file"),
                BlockValues.text(block, "url", ""), BlockValues.text(block, "client"), BlockValues.text(block, "client_url"),
                BlockValues.text(block, "description"), BlockValues.text(block, "severity"), BlockValues.text(block, "source"),
                BlockValues.text(block, "class"), BlockValues.text(block, "component"), BlockValues.text(block, "group"),
                BlockValues.strings(block, "details"), BlockValues.bool(block, "send_resolved", true));
    }
}
