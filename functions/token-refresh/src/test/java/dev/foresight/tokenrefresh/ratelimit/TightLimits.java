package dev.foresight.tokenrefresh.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Limits small enough to reach in a few requests, and slow to refill so a test run never sees a refill. */
public class TightLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "foresight.rate-limit.rate", "0.01",
                "foresight.rate-limit.burst", "3",
                "foresight.token-refresh.token-limit.client-rate", "0.01",
                "foresight.token-refresh.token-limit.client-burst", "2",
                "foresight.token-refresh.token-limit.address-rate", "0.01",
                "foresight.token-refresh.token-limit.address-burst", "5");
    }
}
