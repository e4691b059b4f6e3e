package dev.foresight.monitortrigger.source.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.shared.egress.EgressPolicy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Prometheus URL passes the same egress policy as health probes and webhooks, at start-up. */
class PrometheusEgressTest {

    @Test
    void aMetadataAddressIsRefusedWhateverTheAllowList() {
        assertEquals(Optional.of("foresight.monitor-trigger.prometheus.url \"http://169.254.169.254/\" is refused by the egress"
                        + " policy: must not target a cloud metadata address (169.254.169.254) (foresight.egress.allow can allow it)"),
                PrometheusSettings.egressProblem("http://169.254.169.254/", EgressPolicy.denyAll()));
    }

    @Test
    void loopbackNeedsTheAllowList() {
        assertEquals(true, PrometheusSettings.egressProblem("http://127.0.0.1:9090", EgressPolicy.denyAll()).isPresent());
        assertEquals(Optional.empty(), PrometheusSettings.egressProblem("http://127.0.0.1:9090",
                EgressPolicy.fromAllowList(List.of("127.0.0.0/8"))));
    }

    @Test
    void aPublicNameIsJudgedAtEachRequest() {
        assertEquals(Optional.empty(), PrometheusSettings.egressProblem("https://prometheus.example.com", EgressPolicy.denyAll()));
    }
}
