package dev.foresight.alertroute.dispatch;

import dev.foresight.alertroute.notify.RetryPolicy;
import dev.foresight.alertroute.notify.SendResult;
import io.smallrye.mutiny.Uni;

/**
 * Delivers notifications for one kind of receiver configuration ({@code webhook_configs}, …).
 * Implementations are CDI beans; a kind with no bean loads and validates but is not delivered.
 */
public interface Notifier {
    /** The configuration key's kind: {@code webhook} for {@code webhook_configs}. */
    String kind();

    /** One attempt. Failures it can classify are results; a failed {@link Uni} is classified by the caller. */
    Uni<SendResult> send(Integration integration, Notification notification);

    RetryPolicy retryPolicy();
}
