package dev.foresight.bench.warning;

import java.util.List;

/**
 * The outcome of one series: its limits, the forecaster (or baseline rule) that warned, the
 * score, and the evaluations the score was computed from.
 */
public record FileResult(WarningSeries series, LimitBand band, String forecaster, WarningScore score,
                         List<Warning> evaluations) {}
