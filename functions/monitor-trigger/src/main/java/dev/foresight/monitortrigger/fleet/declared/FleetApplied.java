package dev.foresight.monitortrigger.fleet.declared;

/**
 * The answer of {@code POST /fleet} and {@code POST /fleet/rollback}: the version now declared,
 * whether this call created it (an identical document creates none), and what the registrations
 * gained and lost.
 */
public record FleetApplied(long version, boolean created, Long restoredFrom, Reconciliation changes) {}
