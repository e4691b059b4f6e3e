package dev.foresight.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays every scenario's timeline at once against each target, concurrently, each target with
 * its own {@link WebhookRecorder}, and returns what each target notified, per scenario.
 */
final class ScenarioRunner {
    private static final Pattern MATCHER = Pattern.compile("(\\w+)(=~|!~|!=|=)\"(.*)\"");

    /** What one target notified: per scenario name, the notifications in arrival order. */
    record TargetRun(String target, Map<String, List<Notification>> byScenario, String config) {
        List<Notification> of(String scenario) {
            return byScenario.getOrDefault(scenario, List.of());
        }
    }

    private final List<Scenario> scenarios;

    ScenarioRunner(List<Scenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    /** Runs all scenarios on all targets at the same time; results in the targets' order. */
    List<TargetRun> run(List<? extends AlertmanagerApi> targets) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(targets.size());
        try {
            List<Future<TargetRun>> runs = new ArrayList<>();
            for (AlertmanagerApi target : targets) {
                runs.add(pool.submit(() -> runOn(target)));
            }
            List<TargetRun> results = new ArrayList<>();
            for (Future<TargetRun> run : runs) {
                results.add(run.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private TargetRun runOn(AlertmanagerApi target) throws Exception {
        try (WebhookRecorder recorder = new WebhookRecorder()) {
            String config = CombinedConfig.yaml(scenarios, recorder.url());
            target.load(config);
            AlertmanagerClient client = new AlertmanagerClient(target);
            Instant start = Instant.now();
            play(client, start);
            double runFor = scenarios.stream().mapToDouble(Scenario::runFor).max().orElse(0);
            sleepUntil(start, runFor);
            return new TargetRun(target.name(), collect(recorder, start), config);
        }
    }

    private record Timed(Scenario scenario, ScenarioStep step) {
    }

    private void play(AlertmanagerClient client, Instant start) throws Exception {
        List<Timed> timeline = new ArrayList<>();
        scenarios.forEach(s -> s.steps().forEach(step -> timeline.add(new Timed(s, step))));
        timeline.sort(Comparator.comparingDouble(t -> t.step().at()));
        Map<String, String> silenceIds = new HashMap<>();
        for (int i = 0; i < timeline.size(); i++) {
            Timed timed = timeline.get(i);
            sleepUntil(start, timed.step().at());
            String scenario = timed.scenario().name();
            ScenarioStep step = timed.step();
            if (step instanceof ScenarioStep.Post post) {
                // Posts due at the same moment go in one request, so their groups start together.
                List<AlertmanagerClient.PostableAlert> batch = new ArrayList<>();
                post.alerts().forEach(a -> batch.add(postable(scenario, a, post.at(), start)));
                while (i + 1 < timeline.size() && timeline.get(i + 1).step() instanceof ScenarioStep.Post next
                        && next.at() == post.at()) {
                    String nextScenario = timeline.get(++i).scenario().name();
                    next.alerts().forEach(a -> batch.add(postable(nextScenario, a, next.at(), start)));
                }
                client.postAlerts(batch);
            } else if (step instanceof ScenarioStep.Silence silence) {
                List<AlertmanagerClient.Matcher> matchers = new ArrayList<>();
                matchers.add(new AlertmanagerClient.Matcher("scenario", scenario, false, true));
                silence.matchers().forEach(m -> matchers.add(matcher(m)));
                Instant now = Instant.now();
                silenceIds.put(scenario + "/" + silence.key(), client.createSilence(matchers, now,
                        now.plusMillis((long) (silence.seconds() * 1000)), scenario + " " + silence.key()));
            } else if (step instanceof ScenarioStep.Expire expire) {
                String id = silenceIds.get(scenario + "/" + expire.key());
                if (id == null) {
                    throw new IllegalStateException(scenario + ": expire of unknown silence \"" + expire.key() + "\"");
                }
                client.expireSilence(id);
            }
        }
    }

    private static AlertmanagerClient.PostableAlert postable(String scenario, ScenarioStep.Alert alert, double postedAt,
            Instant start) {
        Map<String, String> labels = new LinkedHashMap<>(alert.labels());
        labels.put("scenario", scenario);
        Instant startsAt = at(start, alert.startsAt() == null ? postedAt : alert.startsAt());
        Instant endsAt = alert.open() ? null : at(start, alert.endsAt() == null ? 3600 : alert.endsAt());
        return new AlertmanagerClient.PostableAlert(labels, alert.annotations(), startsAt, endsAt);
    }

    static AlertmanagerClient.Matcher matcher(String text) {
        Matcher m = MATCHER.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("matcher \"" + text + "\": write name=\"value\" (or =~ != !~)");
        }
        String op = m.group(2);
        return new AlertmanagerClient.Matcher(m.group(1), m.group(3), op.contains("~"), !op.startsWith("!"));
    }

    private Map<String, List<Notification>> collect(WebhookRecorder recorder, Instant start) {
        Map<String, String> scenarioOfReceiver = new HashMap<>();
        for (Scenario s : scenarios) {
            s.receivers().keySet().forEach(local -> scenarioOfReceiver.put(CombinedConfig.scoped(s, local), s.name()));
        }
        Map<String, List<Notification>> byScenario = new LinkedHashMap<>();
        scenarios.forEach(s -> byScenario.put(s.name(), new ArrayList<>()));
        for (WebhookRecorder.Call call : recorder.calls()) {
            String scenario = scenarioOfReceiver.get(call.path().substring(1));
            if (scenario == null) {
                throw new IllegalStateException("a webhook call to an unknown receiver path " + call.path());
            }
            byScenario.get(scenario).add(Notification.from(call, start));
        }
        byScenario.replaceAll((k, v) -> List.copyOf(v));
        return byScenario;
    }

    private static Instant at(Instant start, double offsetSeconds) {
        return start.plusMillis(Math.round(offsetSeconds * 1000));
    }

    private static void sleepUntil(Instant start, double offsetSeconds) throws InterruptedException {
        long wait = Duration.between(Instant.now(), at(start, offsetSeconds)).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
