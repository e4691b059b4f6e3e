package dev.foresight.monitortrigger.source.prometheus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins one service's per-metric series into one snapshot per timestamp. A query must answer one
 * series; NaN and infinities (a ratio over no requests) are "no value"; a value outside the
 * metric's range is dropped and said once per metric.
 */
public final class PointMerger {
    private PointMerger() {}

    /** One timestamp's values, by metric. */
    public record Point(Instant time, Map<Metric, Double> values) {}

    public record Merged(List<Point> points, List<String> problems) {}

    public static Merged merge(String service, Map<Metric, List<Series>> answers) {
        TreeMap<Instant, Map<Metric, Double>> byTime = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        answers.forEach((metric, series) -> {
            if (series.isEmpty()) {
                return; // nothing scraped for it in this range: not an error, just no value
            }
            if (series.size() > 1) {
                problems.add("query \"" + metric.key() + "\" of service \"" + service + "\" returned " + series.size()
                        + " series " + series.get(0).labels() + ", ...; aggregate it to one (sum, avg, max)");
                return;
            }
            int dropped = 0;
            Sample firstBad = null;
            for (Sample sample : series.get(0).samples()) {
                if (Double.isNaN(sample.value()) || Double.isInfinite(sample.value())) {
                    continue;
                }
                var accepted = metric.accept(sample.value());
                if (accepted.isEmpty()) {
                    dropped++;
                    firstBad = firstBad == null ? sample : firstBad;
                    continue;
                }
                byTime.computeIfAbsent(sample.time(), t -> new EnumMap<>(Metric.class)).put(metric, accepted.get());
            }
            if (dropped > 0) {
                problems.add("query \"" + metric.key() + "\" of service \"" + service + "\" gave " + firstBad.value()
                        + " at " + firstBad.time() + ", which must be " + metric.range() + "; " + dropped
                        + (dropped == 1 ? " value" : " values") + " dropped");
            }
        });
        List<Point> points = new ArrayList<>(byTime.size());
        byTime.forEach((time, values) -> points.add(new Point(time, Map.copyOf(values))));
        return new Merged(points, problems);
    }
}
