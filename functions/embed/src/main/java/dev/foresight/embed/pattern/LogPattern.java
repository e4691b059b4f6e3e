package dev.foresight.embed.pattern;

/** A pattern as callers see it: a stable id, its template ({@code <*>} for variable parts) and its size. */
public record LogPattern(int id, String template, long count) {}
