package dev.foresight.alertroute.dispatch;

/**
 * One notifier of a receiver, e.g. its second webhook: {@code id} is {@code receiver/kind/index},
 * the key of its notification-log entries, as Alertmanager keys its log.
 */
public record Integration(String id, String receiver, String kind, int index, boolean sendResolved, int maxAlerts) {}
