package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.knative.serving.v1.Service;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The k8s/, terraform/ and Grafana files describe what the code actually serves. */
class DeploymentManifestsTest {
    private static final Path ROOT = Path.of(System.getProperty("foresight.root", "../..")).toAbsolutePath().normalize();
    private static final List<String> FUNCTIONS = List.of("token-refresh", "predict", "alert-route", "embed", "monitor-trigger");

    @ParameterizedTest(name = "{0} is a Knative service of its own image with health probes")
    @ValueSource(strings = {"token-refresh", "predict", "alert-route", "embed", "monitor-trigger"})
    void knativeServicePerFunction(String function) throws Exception {
        Service ksvc = Serialization.unmarshal(Files.readString(ROOT.resolve("k8s/" + function + ".yaml")), Service.class);
        assertEquals(function, ksvc.getMetadata().getName());
        Container c = ksvc.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertTrue(c.getImage().startsWith("foresight/" + function + ":"), c.getImage());
        assertEquals("/q/health/ready", c.getReadinessProbe().getHttpGet().getPath());
        assertEquals("/q/health/live", c.getLivenessProbe().getHttpGet().getPath());
        assertEquals("foresight-config", c.getEnvFrom().get(0).getConfigMapRef().getName());
        assertNotNull(c.getResources().getLimits().get("memory"), "memory limit");
    }

    @Test
    void everySecretKeyReferencedIsCreatedByTerraform() throws Exception {
        Set<String> created = terraformSecretKeys();
        Set<String> referenced = new HashSet<>();
        for (String f : FUNCTIONS) {
            Service ksvc = Serialization.unmarshal(Files.readString(ROOT.resolve("k8s/" + f + ".yaml")), Service.class);
            for (EnvVar env : ksvc.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
                if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                    assertEquals("foresight-secrets", env.getValueFrom().getSecretKeyRef().getName());
                    referenced.add(env.getValueFrom().getSecretKeyRef().getKey());
                }
            }
        }
        CronJob cron = Serialization.unmarshal(Files.readString(ROOT.resolve("k8s/monitor-cron.yaml")), CronJob.class);
        cron.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
                .forEach(e -> referenced.add(e.getValueFrom().getSecretKeyRef().getKey()));
        assertTrue(created.containsAll(referenced), "terraform creates " + created + " but manifests need " + referenced);
    }

    @Test
    void noSecretValuesInManifests() throws Exception {
        try (Stream<Path> files = Files.list(ROOT.resolve("k8s"))) {
            for (Path p : files.collect(Collectors.toList())) {
                String text = Files.readString(p);
                assertFalse(text.contains("kind: Secret"), p + " must not carry a Secret");
                assertFalse(text.contains("BEGIN PRIVATE KEY"), p + " must not carry a key");
            }
        }
    }

    @Test
    void kustomizationListsEveryManifest() throws Exception {
        String kustomization = Files.readString(ROOT.resolve("k8s/kustomization.yaml"));
        try (Stream<Path> files = Files.list(ROOT.resolve("k8s"))) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
                    .forEach(n -> assertTrue(kustomization.contains("- " + n), "kustomization misses " + n));
        }
    }

    @Test
    void configMapPointsAtTheFunctionsServices() throws Exception {
        ConfigMap config = Serialization.unmarshal(Files.readString(ROOT.resolve("k8s/config.yaml")), ConfigMap.class);
        assertEquals("false", config.getData().get("FORESIGHT_MONITOR_TRIGGER_SCHEDULE_ENABLED"),
                "in deployment the external scheduler calls the cycle");
        for (String key : List.of("FORESIGHT_JWKS_URL", "FORESIGHT_TOKEN_URL", "FORESIGHT_PREDICT_URL", "FORESIGHT_ALERT_ROUTE_URL")) {
            String host = config.getData().get(key).replaceFirst("^http://", "").split("\\.")[0];
            assertTrue(FUNCTIONS.contains(host), key + " points at unknown service " + host);
        }
    }

    @Test
    void monitorTriggerReadsTheFleetFileOfItsConfigMap() throws Exception {
        Service ksvc = Serialization.unmarshal(Files.readString(ROOT.resolve("k8s/monitor-trigger.yaml")), Service.class);
        var pod = ksvc.getSpec().getTemplate().getSpec();
        Container c = pod.getContainers().get(0);
        String file = c.getEnv().stream().filter(e -> e.getName().equals("FORESIGHT_FLEET_FILE")).findFirst()
                .orElseThrow().getValue();
        var mount = c.getVolumeMounts().stream().filter(m -> file.startsWith(m.getMountPath() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError("nothing is mounted where " + file + " is read"));
        var volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        ConfigMap fleet = Serialization.unmarshal(Files.readString(ROOT.resolve("k8s/fleet.yaml")), ConfigMap.class);
        assertEquals(fleet.getMetadata().getName(), volume.getConfigMap().getName());
        assertTrue(fleet.getData().containsKey(file.substring(mount.getMountPath().length() + 1)),
                "the ConfigMap holds " + file);
    }

    @Test
    void schedulerCronJobCallsTheCycleWithAToken() throws Exception {
        CronJob cron = Serialization.unmarshal(Files.readString(ROOT.resolve("k8s/monitor-cron.yaml")), CronJob.class);
        assertEquals("Forbid", cron.getSpec().getConcurrencyPolicy());
        String script = String.join("\n", cron.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().get(0).getCommand());
        assertTrue(script.contains("/token") && script.contains("/monitor-trigger") && script.contains("Authorization: Bearer"));
        // a binary-mode CloudEvent whose id is the scheduled minute: curl's retries run one cycle
        assertTrue(script.contains("ce-specversion: 1.0") && script.contains("ce-id: monitor-cycle-$minute"), script);
    }

    @Test
    void grafanaDashboardQueriesPrometheus() throws Exception {
        JsonNode dashboard = Api.JSON.readTree(Files.readString(ROOT.resolve("src/grafana/foresight-dashboard.json")));
        assertEquals("foresight", dashboard.get("uid").asText());
        assertTrue(dashboard.get("panels").size() >= 8);
        for (JsonNode panel : dashboard.get("panels")) {
            assertEquals("prometheus", panel.get("datasource").get("type").asText());
            for (JsonNode target : panel.get("targets")) {
                String expr = target.get("expr").asText();
                assertFalse(expr.isBlank(), panel.get("title").asText());
                assertEquals(count(expr, '('), count(expr, ')'), "balanced parentheses in " + expr);
            }
        }
    }

    @Test
    void dockerfilesCopyThePackagedFunction() throws Exception {
        String jvm = Files.readString(ROOT.resolve("src/main/docker/Dockerfile.jvm"));
        assertTrue(jvm.contains("functions/${FUNCTION}/target/quarkus-app/"));
        String nativeFile = Files.readString(ROOT.resolve("src/main/docker/Dockerfile.native"));
        assertTrue(nativeFile.contains("functions/${FUNCTION}/target/*-runner"));
    }

    private static Set<String> terraformSecretKeys() throws Exception {
        String main = Files.readString(ROOT.resolve("terraform/main.tf"));
        String data = main.substring(main.indexOf("data = {"));
        Matcher m = Pattern.compile("\"([a-z0-9.-]+)\"\\s*=").matcher(data);
        Set<String> keys = new HashSet<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
