package dev.foresight.alertroute.apiv2;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/** The JSON shapes of Alertmanager's v2 API (its OpenAPI document's definitions), field for field. */
public final class V2Models {
    private V2Models() {}

    @RegisterForReflection
    public record PostableAlert(Map<String, String> labels, Map<String, String> annotations, String startsAt,
            String endsAt, String generatorURL) {}

    @RegisterForReflection
    public record Receiver(String name) {}

    @RegisterForReflection
    public record AlertStatus(String state, List<String> silencedBy, List<String> inhibitedBy) {}

    @RegisterForReflection
    public record GettableAlert(Map<String, String> labels, Map<String, String> annotations, String startsAt,
            String endsAt, String updatedAt, String generatorURL, String fingerprint, List<Receiver> receivers,
            AlertStatus status) {}

    @RegisterForReflection
    public record AlertGroup(Map<String, String> labels, Receiver receiver, List<GettableAlert> alerts) {}

    @RegisterForReflection
    public record MatcherModel(String name, String value, Boolean isRegex, Boolean isEqual) {}

    @RegisterForReflection
    public record PostableSilence(String id, List<MatcherModel> matchers, String startsAt, String endsAt,
            String createdBy, String comment) {}

    @RegisterForReflection
    public record SilenceStatus(String state) {}

    @RegisterForReflection
    public record GettableSilence(String id, SilenceStatus status, String updatedAt, List<MatcherModel> matchers,
            String startsAt, String endsAt, String createdBy, String comment) {}

    @RegisterForReflection
    public record SilenceCreated(String silenceID) {}

    @RegisterForReflection
    public record ClusterStatus(String name, String status, List<Object> peers) {}

    @RegisterForReflection
    public record ConfigText(String original) {}

    @RegisterForReflection
    public record VersionInfo(String branch, String buildDate, String buildUser, String goVersion, String revision,
            String version) {}

    @RegisterForReflection
    public record Status(ClusterStatus cluster, ConfigText config, String uptime, VersionInfo versionInfo) {}
}
