package dev.foresight.alertroute.am.config;

import java.net.URI;

/** One {@code webhook_configs} entry; {@code maxAlerts} 0 sends every alert of the group. */
public record WebhookSpec(URI url, boolean sendResolved, int maxAlerts) {}
