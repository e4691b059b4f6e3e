package dev.foresight.bench.warning;

/** The outcome of one series: its limits, the forecaster the full window gets, and the score. */
public record FileResult(WarningSeries series, LimitBand band, String forecaster, WarningScore score) {}
