package dev.foresight.shared.alert;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Alerts read and changed as entities (alert-route's listing and acknowledgement); its intake uses plain SQL. */
@ApplicationScoped
public class AlertRepository implements PanacheRepository<AlertEntity> {}
