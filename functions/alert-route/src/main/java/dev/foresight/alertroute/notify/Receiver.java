package dev.foresight.alertroute.notify;

import dev.foresight.alertroute.alert.AlertView;
import io.smallrye.mutiny.Uni;

/**
 * A destination for new alerts. Implementations are CDI beans, discovered by the fan-out stage;
 * adding a receiver means adding a bean, nothing else.
 */
public interface Receiver {
    /** The channel name recorded on each notification row, e.g. {@code webhook}. */
    String name();

    /** Whether this alert goes to this receiver at all (severity, service, receiver switched off). */
    boolean accepts(AlertView alert);

    /**
     * One attempt to deliver. Failures the receiver can classify are returned as a result; a failed
     * {@link Uni} is classified by {@link HttpOutcomes#ofFailure}.
     */
    Uni<SendResult> send(AlertView alert);

    /** How failed attempts are retried. */
    default RetryPolicy retryPolicy() {
        return RetryPolicy.SINGLE;
    }
}
