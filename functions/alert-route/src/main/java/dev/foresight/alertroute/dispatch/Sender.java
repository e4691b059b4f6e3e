package dev.foresight.alertroute.dispatch;

import dev.foresight.alertroute.notify.HttpOutcomes;
import dev.foresight.alertroute.notify.RetryPolicy;
import dev.foresight.alertroute.notify.SendResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Hands a notification to its integration's notifier and retries what is retryable under the
 * notifier's {@link RetryPolicy} (SmallRye Fault Tolerance: exponential backoff with jitter),
 * counting every attempt by outcome.
 */
@ApplicationScoped
public class Sender {
    private static final TypeLiteral<Uni<SendResult>> RESULT = new TypeLiteral<>() {};

    private final Map<String, Notifier> notifiers;
    private final MeterRegistry registry;
    private final Map<String, TypedGuard<Uni<SendResult>>> guards = new ConcurrentHashMap<>();

    public Sender(@All List<Notifier> notifiers, MeterRegistry registry) {
        this.notifiers = notifiers.stream().collect(Collectors.toMap(Notifier::kind, Function.identity()));
        this.registry = registry;
    }

    /** The final outcome and how many attempts it took. */
    public record Delivered(SendResult result, int attempts) {}

    public boolean delivers(String kind) {
        return notifiers.containsKey(kind);
    }

    public Uni<Delivered> send(Integration integration, Notification notification) {
        Notifier notifier = Optional.ofNullable(notifiers.get(integration.kind())).orElseThrow();
        AtomicInteger attempts = new AtomicInteger();
        return guard(notifier)
                .get(() -> once(notifier, integration, notification, attempts))
                .map(result -> new Delivered(result, attempts.get()))
                .onFailure(Undelivered.class)
                .recoverWithItem(failure -> new Delivered(((Undelivered) failure).result, attempts.get()));
    }

    private Uni<SendResult> once(Notifier notifier, Integration integration, Notification notification, AtomicInteger attempts) {
        attempts.incrementAndGet();
        return Uni.createFrom().deferred(() -> notifier.send(integration, notification))
                .onFailure().recoverWithItem(HttpOutcomes::ofFailure)
                .invoke(result -> counter(integration.receiver(), result.outcome()).increment())
                .invoke(result -> {
                    if (!result.isOk()) {
                        throw new Undelivered(result);
                    }
                });
    }

    private TypedGuard<Uni<SendResult>> guard(Notifier notifier) {
        return guards.computeIfAbsent(notifier.kind(), kind -> {
            RetryPolicy policy = notifier.retryPolicy();
            TypedGuard.Builder<Uni<SendResult>> guard = TypedGuard.create(RESULT).withDescription("alert-route.notifier." + kind);
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

    private Counter counter(String receiver, SendResult.Outcome outcome) {
        return Counter.builder("foresight.alert.delivery.attempts")
                .description("Attempts to hand a notification to a receiver, by outcome")
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
