package dev.foresight.monitortrigger.testing;

import java.time.Instant;

/** predict answers shaped like the real ones (contract in the project README). */
public final class PredictFixtures {
    private PredictFixtures() {}

    /** Nothing predicted: a healthy service. */
    public static String quiet(String service) {
        return "{\"service\":\"" + service + "\",\"generatedAt\":\"" + Instant.now() + "\","
                + "\"forecasts\":[{\"metric\":\"latency_ms\",\"stepSeconds\":60,\"points\":["
                + "{\"step\":1,\"mean\":120.0,\"lo80\":110.0,\"hi80\":130.0,\"lo95\":104.0,\"hi95\":136.0}]}],"
                + "\"anomalies\":[],\"failures\":[],\"cascades\":[]}";
    }

    /** {@code service}'s latency crosses its SLO in 240 s and drags {@code dependant} along. */
    public static String latencyFailureWithCascade(String service, String dependant) {
        return "{\"service\":\"" + service + "\",\"generatedAt\":\"" + Instant.now() + "\","
                + "\"forecasts\":[{\"metric\":\"latency_ms\",\"stepSeconds\":60,\"points\":["
                + "{\"step\":1,\"mean\":430.0,\"lo80\":400.0,\"hi80\":460.0,\"lo95\":385.0,\"hi95\":475.0},"
                + "{\"step\":4,\"mean\":612.0,\"lo80\":560.0,\"hi80\":664.0,\"lo95\":532.0,\"hi95\":692.0}]}],"
                + "\"anomalies\":[{\"metric\":\"latency_ms\",\"score\":0.91,\"reason\":\"latency_ms 4.8 MADs above its median\"}],"
                + "\"failures\":[{\"service\":\"" + service + "\",\"metric\":\"latency_ms\",\"limit\":500.0,"
                + "\"timeToFailureSeconds\":240.0,\"confidence\":0.87,"
                + "\"reasoning\":\"latency_ms forecast 612 ms > SLO 500 ms in 240 s; P=0.87\","
                + "\"predictionId\":101,\"decisionId\":201}],"
                + "\"cascades\":[{\"service\":\"" + dependant + "\",\"sourceService\":\"" + service + "\","
                + "\"path\":[\"" + service + "\",\"" + dependant + "\"],\"confidence\":0.696,\"timeToFailureSeconds\":240.0,"
                + "\"reasoning\":\"" + dependant + " depends critically on " + service + " (weight 0.8)\",\"predictionId\":102}]}";
    }

    public static String problem(int status, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"Error\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
    }
}
