package dev.foresight.alertroute.dispatch;

import dev.foresight.alertroute.notify.SendResult;
import java.time.Instant;

/** One try at handing a notification to a receiver: when, how long it took, and its classified outcome. */
public record Attempt(int number, Instant at, long millis, SendResult.Outcome outcome, String detail) {}
