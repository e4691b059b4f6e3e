package dev.foresight.alertroute.am.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files Alertmanager refuses, with the message {@code amtool check-config} (0.25) prints for the same
 * file. Deliberate differences are noted on their case.
 */
class ConfigErrorsTest {
    private static final String RECEIVER_X = "receivers:\n  - name: x\n";

    private static Arguments refused(String name, String yaml, String message) {
        return Arguments.of(name, yaml, message);
    }

    static Stream<Arguments> files() {
        return Stream.of(
                refused("undefined receiver", """
                        route:
                          receiver: team
                          routes:
                            - receiver: pager
                        receivers:
                          - name: team
                        """, "undefined receiver \"pager\" used in route"),
                refused("no default receiver", "route:\n  group_by: [a]\n" + RECEIVER_X,
                        "root route must specify a default receiver"),
                refused("root matchers", "route:\n  receiver: x\n  matchers: [a=b]\n" + RECEIVER_X,
                        "root route must not have any matchers"),
                refused("root legacy match", "route:\n  receiver: x\n  match: {a: b}\n" + RECEIVER_X,
                        "root route must not have any matchers"),
                refused("root mute interval", "route:\n  receiver: x\n  mute_time_intervals: [n]\n" + RECEIVER_X
                        + "time_intervals:\n  - name: n\n    time_intervals: []\n",
                        "root route must not have any mute time intervals"),
                refused("root active interval", "route:\n  receiver: x\n  active_time_intervals: [n]\n" + RECEIVER_X
                        + "time_intervals:\n  - name: n\n    time_intervals: []\n",
                        "root route must not have any active time intervals"),
                refused("root continue", "route:\n  receiver: x\n  continue: true\n" + RECEIVER_X,
                        "cannot have continue in root route"),
                refused("duplicate receiver", "route:\n  receiver: x\nreceivers:\n  - name: x\n  - name: x\n",
                        "notification config name \"x\" is not unique"),
                refused("receiver without name", "route:\n  receiver: x\nreceivers:\n  - name: x\n  - webhook_configs: []\n",
                        "missing name in receiver"),
                refused("undefined time interval", """
                        route:
                          receiver: x
                          routes:
                            - receiver: x
                              mute_time_intervals: [night]
                        """ + RECEIVER_X, "undefined time interval \"night\" used in route"),
                refused("time interval names shared by both lists", "route:\n  receiver: x\n" + RECEIVER_X
                        + "mute_time_intervals:\n  - name: n\n    time_intervals: []\n"
                        + "time_intervals:\n  - name: n\n    time_intervals: []\n",
                        "time interval \"n\" is not unique"),
                refused("duplicate mute time interval", "route:\n  receiver: x\n" + RECEIVER_X
                        + "mute_time_intervals:\n  - name: n\n    time_intervals: []\n  - name: n\n    time_intervals: []\n",
                        "mute time interval \"n\" is not unique"),
                refused("time interval without name", "route:\n  receiver: x\n" + RECEIVER_X
                        + "time_intervals:\n  - time_intervals: []\n", "missing name in time interval"),
                // Alertmanager: "line 5: field grup_by not found in type config.plain"; we name the path
                refused("unknown key in a child route", """
                        route:
                          receiver: x
                          routes:
                            - receiver: x
                              grup_by: [a]
                        """ + RECEIVER_X, "unknown field \"grup_by\" in route.routes[0]"),
                refused("unknown top-level key", "route:\n  receiver: x\n" + RECEIVER_X + "foo: 1\n",
                        "unknown field \"foo\" in config"),
                refused("unknown global key", "global:\n  foo: bar\nroute:\n  receiver: x\n" + RECEIVER_X,
                        "unknown field \"foo\" in global"),
                refused("unknown webhook key", "route:\n  receiver: x\nreceivers:\n  - name: x\n    webhook_configs:\n"
                        + "      - url: http://a/y\n        urll: 1\n",
                        "unknown field \"urll\" in receivers[0].webhook_configs[0]"),
                refused("unknown inhibit key", "route:\n  receiver: x\n" + RECEIVER_X
                        + "inhibit_rules:\n  - targt_matchers: [c=d]\n", "unknown field \"targt_matchers\" in inhibit_rules[0]"),
                refused("invalid duration", "route:\n  receiver: x\n  group_wait: 5x\n" + RECEIVER_X,
                        "not a valid duration string: \"5x\""),
                refused("negative duration", "route:\n  receiver: x\n  group_wait: -5m\n" + RECEIVER_X,
                        "not a valid duration string: \"-5m\""),
                refused("empty duration", "route:\n  receiver: x\n  group_wait: \"\"\n" + RECEIVER_X, "empty duration string"),
                refused("bad resolve timeout", "global:\n  resolve_timeout: 1.5h\nroute:\n  receiver: x\n" + RECEIVER_X,
                        "not a valid duration string: \"1.5h\""),
                refused("wildcard with labels", "route:\n  receiver: x\n  group_by: ['...', a]\n" + RECEIVER_X,
                        "cannot have wildcard group_by (`...`) and other other labels at the same time"),
                refused("invalid group_by label", "route:\n  receiver: x\n  group_by: [a-b]\n" + RECEIVER_X,
                        "invalid label name \"a-b\" in group_by list"),
                refused("duplicate group_by label", "route:\n  receiver: x\n  group_by: [a, a]\n" + RECEIVER_X,
                        "duplicated label \"a\" in group_by"),
                refused("repeat interval zero", "route:\n  receiver: x\n  repeat_interval: 0s\n" + RECEIVER_X,
                        "repeat_interval cannot be zero"),
                refused("group interval zero", "route:\n  receiver: x\n  group_interval: 0\n" + RECEIVER_X,
                        "group_interval cannot be zero"),
                refused("legacy match with a bad label name", "route:\n  receiver: x\n  routes:\n    - match: {a-b: c}\n"
                        + RECEIVER_X, "invalid label name \"a-b\""),
                refused("matcher without operator", "route:\n  receiver: x\n  routes:\n    - matchers: ['a']\n" + RECEIVER_X,
                        "bad matcher format: a"),
                refused("matcher with an open quote", "route:\n  receiver: x\n  routes:\n    - matchers: ['a=\"b']\n"
                        + RECEIVER_X, "matcher value contains unescaped double quote: \"b"),
                refused("inhibit equal with a bad label", "route:\n  receiver: x\n" + RECEIVER_X
                        + "inhibit_rules:\n  - source_matchers: [a=b]\n    target_matchers: [c=d]\n    equal: [a-b]\n",
                        "\"a-b\" is not a valid label name"),
                refused("email without to", "route:\n  receiver: x\nreceivers:\n  - name: x\n    email_configs:\n"
                        + "      - from: a@b\n        smarthost: h:25\n", "missing to address in email config"),
                refused("email without any smarthost", "route:\n  receiver: x\nreceivers:\n  - name: x\n    email_configs:\n"
                        + "      - to: a@b\n", "no global SMTP smarthost set"),
                refused("email without any from", "global:\n  smtp_smarthost: h:25\nroute:\n  receiver: x\n"
                        + "receivers:\n  - name: x\n    email_configs:\n      - to: a@b\n", "no global SMTP from set"),
                refused("slack without any api url", "route:\n  receiver: x\nreceivers:\n  - name: x\n    slack_configs:\n"
                        + "      - channel: '#a'\n", "no global Slack API URL set either inline or in a file"),
                refused("pagerduty without a key", "route:\n  receiver: x\nreceivers:\n  - name: x\n    pagerduty_configs:\n"
                        + "      - severity: x\n", "missing service or routing key in PagerDuty config"),
                refused("webhook without url", "route:\n  receiver: x\nreceivers:\n  - name: x\n    webhook_configs:\n"
                        + "      - send_resolved: false\n", "missing URL in webhook config"),
                refused("webhook with another scheme", "route:\n  receiver: x\nreceivers:\n  - name: x\n    webhook_configs:\n"
                        + "      - url: ftp://x/y\n", "unsupported scheme \"ftp\" for URL"),
                refused("webhook without host", "route:\n  receiver: x\nreceivers:\n  - name: x\n    webhook_configs:\n"
                        + "      - url: http:///y\n", "missing host for URL"),
                refused("time range past midnight", "route:\n  receiver: x\n" + RECEIVER_X + "time_intervals:\n  - name: n\n"
                        + "    time_intervals:\n      - times: [{start_time: '09:00', end_time: '25:00'}]\n",
                        "couldn't parse timestamp 25:00, invalid format"),
                refused("weekday range backwards", "route:\n  receiver: x\n" + RECEIVER_X + "time_intervals:\n  - name: n\n"
                        + "    time_intervals:\n      - weekdays: ['friday:monday']\n", "start day cannot be before end day"),
                refused("unknown zone", "route:\n  receiver: x\n" + RECEIVER_X + "time_intervals:\n  - name: n\n"
                        + "    time_intervals:\n      - location: Mars/Olympus\n", "unknown time zone Mars/Olympus"),
                refused("no route", RECEIVER_X, "no routes provided"),
                refused("empty file", "", "no route provided in config"),
                refused("only a comment", "# nothing here\n", "no route provided in config"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void refusesWithAlertmanagersMessage(String name, String yaml, String message) {
        assertEquals(message, assertThrows(ConfigException.class, () -> ConfigParser.parse(yaml)).getMessage());
    }

    /** Alertmanager prints only Go's regexp error; we lead with the matcher, then the same words. */
    @Test
    void aBadRegexNamesTheMatcher() {
        String yaml = "route:\n  receiver: x\n  routes:\n    - matchers: ['severity=~\"(\"']\n" + RECEIVER_X;
        String message = assertThrows(ConfigException.class, () -> ConfigParser.parse(yaml)).getMessage();
        assertTrue(message.startsWith("bad matcher 'severity=~\"(\"': error parsing regexp: "), message);

        String legacy = "route:\n  receiver: x\n  routes:\n    - match_re: {a: '('}\n" + RECEIVER_X;
        message = assertThrows(ConfigException.class, () -> ConfigParser.parse(legacy)).getMessage();
        assertTrue(message.startsWith("bad matcher 'a=~\"(\"': error parsing regexp: "), message);
    }

    @Test
    void unreadableYamlIsRefused() {
        String message = assertThrows(ConfigException.class, () -> ConfigParser.parse("route: [\n")).getMessage();
        assertTrue(message.startsWith("yaml: "), message);
    }

    /** Alertmanager: "line 3: field receiver already set in type config.plain". */
    @Test
    void aKeyGivenTwiceIsRefused() {
        String message = assertThrows(ConfigException.class,
                () -> ConfigParser.parse("route:\n  receiver: x\n  receiver: y\n" + RECEIVER_X)).getMessage();
        assertTrue(message.startsWith("yaml: Duplicate field 'receiver'"), message);
    }

    @Test
    void aWrongTypeNamesThePlace() {
        String message = assertThrows(ConfigException.class,
                () -> ConfigParser.parse("route:\n  receiver: [x]\n" + RECEIVER_X)).getMessage();
        assertEquals("cannot unmarshal !!seq into string at route.receiver", message);
    }
}
