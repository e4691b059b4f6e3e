package dev.foresight.monitortrigger.source;

/** Something a source could not collect; {@code service} is null when it concerns the whole source. */
public record SourceError(String service, String message) {}
