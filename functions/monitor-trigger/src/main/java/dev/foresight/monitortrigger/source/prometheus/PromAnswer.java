package dev.foresight.monitortrigger.source.prometheus;

import java.util.List;

/** What one {@code /api/v1/query} or {@code /api/v1/query_range} call gave: series, or why not. */
public sealed interface PromAnswer {
    record Data(List<Series> series) implements PromAnswer {
        public Data {
            series = List.copyOf(series);
        }
    }

    record Failed(String reason) implements PromAnswer {}
}
