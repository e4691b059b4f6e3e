package dev.foresight.alertroute.receiver.stream;

import dev.foresight.alertroute.alert.AlertView;
import java.time.Instant;

/** What a stream sends: alerts, and heartbeats that keep idle connections open. */
public sealed interface StreamEvent {
    record Alert(AlertView alert) implements StreamEvent {}

    record Heartbeat(Instant at) implements StreamEvent {}
}
