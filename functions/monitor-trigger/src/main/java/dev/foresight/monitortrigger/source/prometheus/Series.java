package dev.foresight.monitortrigger.source.prometheus;

import java.util.List;
import java.util.Map;

/** One series of a query's answer: its labels and its points in time order. */
public record Series(Map<String, String> labels, List<Sample> samples) {
    public Series {
        labels = Map.copyOf(labels);
        samples = List.copyOf(samples);
    }
}
