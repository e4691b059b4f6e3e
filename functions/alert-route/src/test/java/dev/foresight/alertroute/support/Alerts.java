package dev.foresight.alertroute.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.foresight.shared.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The alert API as a client calls it, with tokens from the shared test key. */
public final class Alerts {
    public static final String WRITER = TestTokens.bearer("alerts:write");

    private Alerts() {}

    public static String json(String type, String service, Double confidence, Double ttf) {
        return "{\"type\":\"" + type + "\",\"service\":\"" + service + "\",\"summary\":\"" + type + " on " + service + "\""
                + (confidence == null ? "" : ",\"confidence\":" + confidence)
                + (ttf == null ? "" : ",\"timeToFailureSeconds\":" + ttf) + "}";
    }

    public static String critical(String service) {
        return json("failure", service, 0.93, 240.0);
    }

    public static Response post(String body) {
        return given().header("Authorization", WRITER).contentType(ContentType.JSON).body(body).post("/alerts");
    }

    public static long create(String body) {
        return post(body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Response get(long id) {
        return given().header("Authorization", WRITER).get("/alerts/" + id);
    }

    /** Waits until this alert's notification for {@code channel} is no longer pending, and returns it. */
    public static Map<String, Object> awaitSettled(long id, String channel) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> notification(id, channel), n -> n != null && !"pending".equals(n.get("status")));
    }

    public static Map<String, Object> notification(long id, String channel) {
        List<Map<String, Object>> rows = get(id).then().statusCode(200).extract().jsonPath().getList("notifications");
        return rows.stream().filter(n -> channel.equals(n.get("channel"))).findFirst().orElse(null);
    }

    public static List<String> channels(long id) {
        return get(id).then().statusCode(200).extract().jsonPath().getList("notifications.channel", String.class);
    }
}
