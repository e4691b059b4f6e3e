package dev.foresight.alertroute.dispatch;

import dev.foresight.alertroute.notify.DeliverySettings;
import dev.foresight.alertroute.notify.Outcomes;
import dev.foresight.alertroute.notify.RetryPolicy;
import dev.foresight.alertroute.notify.SendResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Hands a notification to its integration's notifier and retries what {@link Outcomes} calls
 * retryable under the notifier's {@link RetryPolicy} (SmallRye Fault Tolerance: exponential backoff
 * with jitter), waiting at least the receiver's {@code Retry-After} when it names one. Each
 * receiver endpoint has its own circuit breaker: while it is open, attempts fail at once without
 * reaching the endpoint. Every attempt is counted by outcome and returned for the notification row.
 */
@ApplicationScoped
public class Sender {
    private static final TypeLiteral<Uni<SendResult>> RESULT = new TypeLiteral<>() {};

    private final Map<String, Notifier> notifiers;
    private final MeterRegistry registry;
    private final DeliverySettings settings;
    private final Map<String, TypedGuard<Uni<SendResult>>> guards = new ConcurrentHashMap<>();

    public Sender(@All List<Notifier> notifiers, MeterRegistry registry, DeliverySettings settings) {
        this.notifiers = notifiers.stream().collect(Collectors.toMap(Notifier::kind, Function.identity()));
        this.registry = registry;
        this.settings = settings;
    }

    /** The final outcome and every attempt it took, in order. */
    public record Delivered(SendResult result, List<Attempt> log) {
        public int attempts() {
            return log.size();
        }
    }

    public List<Notifier> notifiers() {
        return List.copyOf(notifiers.values());
    }

    public Uni<Delivered> send(Integration integration, Notification notification) {
        Notifier notifier = Optional.ofNullable(notifiers.get(integration.kind())).orElseThrow();
        List<Attempt> log = Collections.synchronizedList(new ArrayList<>());
        String endpoint = notifier.kind() + " " + notifier.endpoint(integration);
        return guard(notifier, endpoint)
                .get(() -> once(notifier, integration, notification, log))
                .map(result -> new Delivered(result, List.copyOf(log)))
                .onFailure(Undelivered.class)
                .recoverWithItem(failure -> new Delivered(((Undelivered) failure).result, List.copyOf(log)))
                .onFailure(CircuitBreakerOpenException.class)
                .recoverWithItem(open -> {
                    SendResult result = SendResult.retryable("circuit breaker open for " + endpoint);
                    log.add(new Attempt(log.size() + 1, Instant.now(), 0, result.outcome(), result.detail()));
                    counter(integration.receiver(), result.outcome()).increment();
                    return new Delivered(result, List.copyOf(log));
                });
    }

    private Uni<SendResult> once(Notifier notifier, Integration integration, Notification notification, List<Attempt> log) {
        Instant started = Instant.now();
        return Uni.createFrom().deferred(() -> notifier.send(integration, notification))
                .onFailure().recoverWithItem(Outcomes::ofFailure)
                .invoke(result -> {
                    log.add(new Attempt(log.size() + 1, started, Duration.between(started, Instant.now()).toMillis(),
                            result.outcome(), result.detail()));
                    counter(integration.receiver(), result.outcome()).increment();
                })
                .chain(result -> {
                    if (result.isOk()) {
                        return Uni.createFrom().item(result);
                    }
                    Undelivered undelivered = new Undelivered(result);
                    Duration wait = result.outcome() == SendResult.Outcome.RETRYABLE && log.size() < notifier.retryPolicy().maxAttempts()
                            ? min(result.retryAfter(), settings.maxRetryAfter()) : Duration.ZERO;
                    // the receiver named its wait: keep to it before the retry's own backoff starts
                    return wait.isZero() ? Uni.createFrom().failure(undelivered)
                            : Uni.createFrom().item(result).onItem().delayIt().by(wait)
                                    .onItem().failWith(ignored -> undelivered);
                });
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private TypedGuard<Uni<SendResult>> guard(Notifier notifier, String endpoint) {
        return guards.computeIfAbsent(endpoint, key -> {
            RetryPolicy policy = notifier.retryPolicy();
            DeliverySettings.Breaker breaker = settings.breaker();
            TypedGuard.Builder<Uni<SendResult>> guard = TypedGuard.create(RESULT).withDescription("alert-route.notifier." + key);
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
            // only failures that say the endpoint is unwell open the breaker; a refused payload does not
            guard.withCircuitBreaker()
                    .name("alert-route.notifier." + key) // reachable through CircuitBreakerMaintenance
                    .requestVolumeThreshold(breaker.requests())
                    .failureRatio(breaker.failureRatio())
                    .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                    .when(failure -> failure instanceof Undelivered u && u.retryable())
                    .done();
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
