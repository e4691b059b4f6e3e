package dev.foresight.alertroute.dispatch;

import dev.foresight.alertroute.am.config.ReceiverSpec;
import dev.foresight.alertroute.notify.RetryPolicy;
import dev.foresight.alertroute.notify.SendResult;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Delivers notifications for one kind of receiver configuration ({@code webhook_configs},
 * {@code email_configs}, …): a plug-in that says which integrations a receiver has of its kind,
 * which endpoint each one reaches and how one attempt is made. Implementations are CDI beans; a
 * kind with no bean loads and validates but is not delivered.
 */
public interface Notifier {
    /** The configuration key's kind: {@code webhook} for {@code webhook_configs}. */
    String kind();

    /** The receiver's integrations of this kind, in configuration order. */
    List<Integration> integrations(ReceiverSpec receiver);

    /** Where the integration sends (its URL or smarthost): the circuit breaker's key. */
    String endpoint(Integration integration);

    /** One attempt. Failures it can classify are results; a failed {@link Uni} is classified by the caller. */
    Uni<SendResult> send(Integration integration, Notification notification);

    RetryPolicy retryPolicy();
}
