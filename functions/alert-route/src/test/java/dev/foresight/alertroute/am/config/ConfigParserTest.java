package dev.foresight.alertroute.am.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.alertroute.am.matcher.Matcher;
import dev.foresight.alertroute.am.matcher.Matchers;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigParserTest {
    private static final String FULL = """
            global:
              resolve_timeout: 2m
              smtp_smarthost: 'mail.example.com:25'
              smtp_from: 'am@example.com'
              slack_api_url: 'https://hooks.slack.com/services/x'
              http_config:
                follow_redirects: true
            templates: ['/etc/am/*.tmpl']
            route:
              receiver: team
              group_by: [alertname, cluster]
              group_wait: 10s
              routes:
                - matchers: ['severity=~"crit.*"', 'team="db"']
                  receiver: pager
                  continue: true
                  repeat_interval: 1h
                  mute_time_intervals: [night]
                - match:
                    service: api
                  match_re:
                    env: prod|staging
                  receiver: team
                  group_by: ['...']
                  active_time_intervals: [office]
            receivers:
              - name: team
                webhook_configs:
                  - url: 'http://127.0.0.1:9000/hook'
                  - url: 'https://example.com/other'
                    send_resolved: false
                    max_alerts: 5
                email_configs:
                  - to: 'team@example.com'
                slack_configs:
                  - channel: '#alerts'
              - name: pager
                pagerduty_configs:
                  - routing_key: abc
                opsgenie_configs:
                  - api_key: k
            inhibit_rules:
              - source_matchers: [severity="critical"]
                target_matchers: [severity="warning"]
                equal: [alertname, cluster]
              - source_match: {alertname: NodeDown}
                target_match_re: {alertname: 'Node.+'}
            mute_time_intervals:
              - name: night
                time_intervals:
                  - times: [{start_time: '22:00', end_time: '24:00'}]
            time_intervals:
              - name: office
                time_intervals:
                  - weekdays: ['monday:friday']
                    times: [{start_time: '09:00', end_time: '17:00'}]
                    location: Europe/Berlin
            """;

    @Test
    void readsAFullConfiguration() {
        AlertmanagerConfig config = ConfigParser.parse(FULL);

        assertEquals(FULL, config.source());
        assertEquals(Duration.ofMinutes(2), config.global().resolveTimeout());
        assertEquals("mail.example.com:25", config.global().settings().get("smtp_smarthost"));
        assertFalse(config.global().settings().containsKey("http_config"));

        RouteSpec root = config.route();
        assertEquals(Optional.of("team"), root.receiver());
        assertEquals(Optional.of(List.of("alertname", "cluster")), root.groupBy());
        assertEquals(Optional.of(Duration.ofSeconds(10)), root.groupWait());
        assertEquals(Optional.empty(), root.groupInterval());

        RouteSpec pager = root.routes().get(0);
        assertEquals(List.of(Matcher.regex("severity", "crit.*"), Matcher.equal("team", "db")), pager.matchers());
        assertTrue(pager.continueMatching());
        assertEquals(Optional.of(Duration.ofHours(1)), pager.repeatInterval());
        assertEquals(List.of("night"), pager.muteTimeIntervals());

        RouteSpec legacy = root.routes().get(1);
        assertEquals("{env=~\"prod|staging\",service=\"api\"}", Matchers.toString(legacy.matchers()));
        assertFalse(legacy.matchers().get(0).matches(Map.of("env", "production")), "match_re is anchored");
        assertEquals(Optional.of(List.of("...")), legacy.groupBy());
        assertEquals(List.of("office"), legacy.activeTimeIntervals());

        ReceiverSpec team = config.receiver("team").orElseThrow();
        assertEquals(List.of(new WebhookSpec(URI.create("http://127.0.0.1:9000/hook"), true, 0),
                new WebhookSpec(URI.create("https://example.com/other"), false, 5)), team.webhooks());
        assertEquals("mail.example.com:25", team.emails().get(0).get("smarthost"), "filled from global");
        assertEquals("am@example.com", team.emails().get(0).get("from"));
        assertEquals("https://hooks.slack.com/services/x", team.slacks().get(0).get("api_url"));
        ReceiverSpec pagerReceiver = config.receiver("pager").orElseThrow();
        assertEquals("abc", pagerReceiver.pagerduties().get(0).get("routing_key"));
        assertEquals("https://events.pagerduty.com/v2/enqueue", pagerReceiver.pagerduties().get(0).get("url"));
        assertEquals(List.of("opsgenie_configs"), pagerReceiver.otherKinds());

        assertEquals(2, config.inhibitRules().size());
        assertEquals(Set.of("alertname", "cluster"), config.inhibitRules().get(0).equal());
        assertEquals(List.of(Matcher.regex("alertname", "Node.+")), config.inhibitRules().get(1).targetMatchers());
        assertEquals(List.of(Matcher.equal("alertname", "NodeDown")), config.inhibitRules().get(1).sourceMatchers());

        assertEquals(Set.of("night", "office"), config.timeIntervals().keySet());
        assertEquals("Europe/Berlin", config.timeIntervals().get("office").get(0).location().getId());
    }

    @Test
    void appliesDefaults() {
        AlertmanagerConfig config = ConfigParser.parse("route: {receiver: r}\nreceivers: [{name: r}]\n");
        assertEquals(Duration.ofMinutes(5), config.global().resolveTimeout());
        assertEquals(Optional.empty(), config.route().groupBy());
        assertEquals(List.of(), config.inhibitRules());
        assertEquals(Map.of(), config.timeIntervals());
    }

    @Test
    void anEmptyGroupByListIsKeptAsWritten() {
        AlertmanagerConfig config = ConfigParser.parse("route: {receiver: r, group_by: []}\nreceivers: [{name: r}]\n");
        assertEquals(Optional.of(List.of()), config.route().groupBy());
    }
}
