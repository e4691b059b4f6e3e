package dev.foresight.predict.service;

import dev.foresight.predict.analysis.MetricSeries;
import dev.foresight.predict.forecast.selection.ForecasterSelector;

/**
 * Which history a service's forecasts and failure predictions read: the recent snapshots at
 * their own spacing, or, when those cannot show a daily cycle twice and the long history in
 * buckets can, the buckets, so the seasonal combination runs. Anomalies are not affected: the
 * kept detector reads every snapshot.
 */
final class HistoryChoice {
    private HistoryChoice() {
    }

    static SnapshotSeries.Built pick(SnapshotSeries.Built recent, SnapshotSeries.Built buckets) {
        return !seasonal(recent) && seasonal(buckets) ? buckets : recent;
    }

    /** Whether some metric's history holds a daily (or weekly) cycle twice at its step. */
    static boolean seasonal(SnapshotSeries.Built built) {
        for (MetricSeries s : built.series()) {
            if (ForecasterSelector.seasonalPeriods(s.stepSeconds(), s.values().length).length > 0) {
                return true;
            }
        }
        return false;
    }
}
