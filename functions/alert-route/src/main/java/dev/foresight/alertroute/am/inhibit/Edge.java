package dev.foresight.alertroute.am.inhibit;

/** {@code service} depends on {@code dependsOn}; only a critical dependency carries a failure upward. */
public record Edge(String service, String dependsOn, boolean critical) {}
