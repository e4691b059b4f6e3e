package dev.foresight.monitortrigger.snapshot;

/** How many snapshots of a batch were stored. */
public record Accepted(int accepted) {}
