package dev.foresight.cli.stream;

/** One server-sent event; {@code name} is "message" when the server gave none (HTML Living Standard §9.2). */
public record SseEvent(String name, String id, String data) {}
