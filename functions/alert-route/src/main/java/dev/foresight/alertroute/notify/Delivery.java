package dev.foresight.alertroute.notify;

import dev.foresight.alertroute.alert.AlertView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The per-receiver stage after fan-out: send, record the attempt on the notification row, and
 * retry what is retryable under the receiver's {@link RetryPolicy} (SmallRye Fault Tolerance:
 * exponential backoff with jitter). Runs in the background, after the alert is stored.
 */
@ApplicationScoped
public class Delivery {
    private static final TypeLiteral<Uni<SendResult>> RESULT = new TypeLiteral<>() {};

    private final DeliveryLog log;
    private final Background background;
    private final MeterRegistry registry;
    private final Map<String, TypedGuard<Uni<SendResult>>> guards = new ConcurrentHashMap<>();

    public Delivery(DeliveryLog log, Background background, FanOut fanOut, MeterRegistry registry) {
        this.log = log;
        this.background = background;
        this.registry = registry;
        // every receiver's counters exist from the start, so a dashboard shows zeros rather than gaps
        for (Receiver receiver : fanOut.all()) {
            for (SendResult.Outcome outcome : SendResult.Outcome.values()) {
                attempts(receiver.name(), outcome);
            }
        }
    }

    /** A notification row waiting for its receiver. */
    public record Pending(long notificationId, Receiver receiver) {}

    /** Starts every delivery in the background and returns at once. */
    public void dispatch(AlertView alert, List<Pending> pending) {
        for (Pending p : pending) {
            background.run("delivery of alert " + alert.id() + " to " + p.receiver().name(), () -> deliver(alert, p));
        }
    }

    Uni<Void> deliver(AlertView alert, Pending pending) {
        Receiver receiver = pending.receiver();
        int maxAttempts = receiver.retryPolicy().maxAttempts();
        AtomicInteger attempt = new AtomicInteger();
        return guard(receiver)
                .get(() -> once(alert, pending, attempt.incrementAndGet(), maxAttempts))
                .replaceWithVoid()
                .onFailure(Undelivered.class)
                .recoverWithUni(failure -> log.gaveUp(pending.notificationId(), failure.getMessage()));
    }

    private Uni<SendResult> once(AlertView alert, Pending pending, int attempt, int maxAttempts) {
        Receiver receiver = pending.receiver();
        return Uni.createFrom().deferred(() -> receiver.send(alert))
                .onFailure().recoverWithItem(HttpOutcomes::ofFailure)
                .invoke(result -> attempts(receiver.name(), result.outcome()).increment())
                .call(result -> log.attempted(pending.notificationId(), attempt, maxAttempts, result))
                .invoke(result -> {
                    if (!result.isOk()) {
                        throw new Undelivered(result);
                    }
                });
    }

    private TypedGuard<Uni<SendResult>> guard(Receiver receiver) {
        return guards.computeIfAbsent(receiver.name(), name -> {
            RetryPolicy policy = receiver.retryPolicy();
            TypedGuard.Builder<Uni<SendResult>> guard = TypedGuard.create(RESULT).withDescription("alert-route.receiver." + name);
            if (policy.maxAttempts() > 1) {
                long initial = policy.initialBackoff().toMillis();
                guard.withRetry()
                        .maxRetries(policy.maxAttempts() - 1)
                        .delay(initial, ChronoUnit.MILLIS)
                        .jitter(policy.jitter().toMillis(), ChronoUnit.MILLIS)
                        // the attempt count bounds retrying; the duration budget only has to stay out of its way
                        .maxDuration(1, ChronoUnit.HOURS)
                        .whenException(failure -> failure instanceof Undelivered u && u.retryable())
                        // the library wants the cap strictly above the first delay
                        .withExponentialBackoff().factor(2).maxDelay(Math.max(policy.maxBackoff().toMillis(), initial + 1), ChronoUnit.MILLIS).done()
                        .done();
            }
            return guard.build();
        });
    }

    private Counter attempts(String receiver, SendResult.Outcome outcome) {
        return Counter.builder("foresight.alert.delivery.attempts")
                .description("Attempts to hand an alert to a receiver, by outcome")
                .tag("receiver", receiver)
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    /** An attempt that did not deliver; carries its classified result through the retry guard. */
    static final class Undelivered extends RuntimeException {
        private final transient SendResult result;

        Undelivered(SendResult result) {
            super(result.detail(), null, false, false);
            this.result = result;
        }

        boolean retryable() {
            return result.outcome() == SendResult.Outcome.RETRYABLE;
        }
    }
}
