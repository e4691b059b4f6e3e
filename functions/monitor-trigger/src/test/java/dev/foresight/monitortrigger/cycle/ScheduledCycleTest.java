package dev.foresight.monitortrigger.cycle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.shared.redis.Channels;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.pubsub.PubSubCommands;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** With local scheduling on, the process runs cycles by itself and publishes each one. */
@QuarkusTest
@TestProfile(ScheduledCycleTest.ScheduleOn.class)
class ScheduledCycleTest {

    public static class ScheduleOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "foresight.monitor-trigger.schedule.enabled", "true",
                    "foresight.monitor-trigger.schedule.every", "1s");
        }
    }

    @Inject
    RedisDataSource redis;

    @Test
    void cyclesRunOnTheirOwn() throws InterruptedException {
        List<String> events = new CopyOnWriteArrayList<>();
        PubSubCommands.RedisSubscriber subscriber = redis.pubsub(String.class).subscribe(Channels.CYCLES, events::add);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (events.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            subscriber.unsubscribe();
        }
        assertTrue(!events.isEmpty(), "a scheduled cycle published its report");
        assertTrue(events.get(0).contains("\"cycleId\""), events.get(0));
    }
}
