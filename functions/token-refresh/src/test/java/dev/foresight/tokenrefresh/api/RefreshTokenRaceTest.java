package dev.foresight.tokenrefresh.api;

import static dev.foresight.tokenrefresh.api.TokenRequests.OPS;
import static dev.foresight.tokenrefresh.api.TokenRequests.OPS_SECRET;
import static dev.foresight.tokenrefresh.api.TokenRequests.opsRefreshToken;
import static dev.foresight.tokenrefresh.api.TokenRequests.refresh;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reuse detection under a race (RFC 9700 §4.14.2): eight clients present the same refresh token at
 * once, trial after trial. Every trial must have exactly one winner, and the losers' presentations
 * count as reuse, so the winner's successor is dead too.
 */
@QuarkusTest
class RefreshTokenRaceTest {
    private static final int RACERS = 8;
    private static final int TRIALS = 50;

    @Inject
    TestDb db;

    @AfterEach
    void cleanUp() {
        db.deleteTestRows();
    }

    @Test
    void eightRacersExactlyOneWinsAndTheFamilyIsRevokedInEveryTrial() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            for (int trial = 0; trial < TRIALS; trial++) {
                String token = opsRefreshToken();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
                for (int i = 0; i < RACERS; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return refresh(OPS, OPS_SECRET, token, "").extract();
                    }));
                }
                start.countDown();
                List<ExtractableResponse<Response>> results = new ArrayList<>();
                for (Future<ExtractableResponse<Response>> answer : answers) {
                    results.add(answer.get(60, TimeUnit.SECONDS));
                }
                List<Integer> statuses = results.stream().map(ExtractableResponse::statusCode).toList();
                assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "trial " + trial + ": " + statuses);
                for (ExtractableResponse<Response> lost : results) {
                    if (lost.statusCode() != 200) {
                        assertEquals(400, lost.statusCode(), "trial " + trial);
                        assertEquals("invalid_grant", lost.path("error"), "trial " + trial);
                    }
                }
                String successor = results.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow()
                        .path("refresh_token");
                refresh(OPS, OPS_SECRET, successor, "")
                        .statusCode(400)
                        .body("error", equalTo("invalid_grant"))
                        .body("error_description", equalTo("refresh token has been revoked"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
