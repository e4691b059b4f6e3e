package dev.foresight.predict.service;

import dev.foresight.predict.analysis.MetricSeries;
import dev.foresight.predict.api.PredictRequest;
import dev.foresight.predict.api.PredictRequest.SeriesInput;
import dev.foresight.predict.series.Metric;
import dev.foresight.shared.problem.Problem.FieldError;
import dev.foresight.shared.problem.ProblemException;
import dev.foresight.shared.input.InputRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Checks a POST /predict body and turns it into a {@link PredictCommand}. Every broken rule is
 * reported with the field it concerns ({@code series.values[3]}), all at once, so a client can fix
 * its request in one go; per-value errors are capped so a bad 10 000-point series stays readable.
 */
public final class PredictRequestValidator {
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_VALUE_ERRORS = 20;

    private final int minPoints;
    private final int maxPoints;
    private final int defaultHorizonSeconds;
    private final int maxHorizonSeconds;
    private final int maxForecastSteps;

    public PredictRequestValidator(int minPoints, int maxPoints, int defaultHorizonSeconds, int maxHorizonSeconds,
                                   int maxForecastSteps) {
        this.minPoints = minPoints;
        this.maxPoints = maxPoints;
        this.defaultHorizonSeconds = defaultHorizonSeconds;
        this.maxHorizonSeconds = maxHorizonSeconds;
        this.maxForecastSteps = maxForecastSteps;
    }

    public PredictCommand validate(PredictRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        int horizon = horizon(request.horizonSeconds(), errors);
        if (request.service() != null && request.series() != null) {
            errors.add(new FieldError("service", "must not be given together with series"));
        } else if (request.service() == null && request.series() == null) {
            errors.add(new FieldError("service", "either service or series is required"));
        } else if (request.service() != null) {
            name("service", request.service(), errors);
        }
        MetricSeries series = request.series() == null ? null : series(request.series(), horizon, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return request.service() != null
                ? new PredictCommand.ForService(request.service(), horizon)
                : new PredictCommand.Inline(Optional.ofNullable(request.series().name()), series, horizon);
    }

    /** The service-mode check that needs the snapshot spacing, known only once snapshots are read. */
    public void checkSteps(int horizonSeconds, double stepSeconds) {
        if (steps(horizonSeconds, stepSeconds) > maxForecastSteps) {
            throw ProblemException.invalid("horizonSeconds", stepsRule(stepSeconds, "the service's snapshot spacing"));
        }
    }

    public static int steps(int horizonSeconds, double stepSeconds) {
        return (int) Math.min(Integer.MAX_VALUE, Math.ceil(horizonSeconds / stepSeconds));
    }

    private int horizon(Integer horizonSeconds, List<FieldError> errors) {
        if (horizonSeconds == null) {
            return defaultHorizonSeconds;
        }
        if (horizonSeconds <= 0 || horizonSeconds > maxHorizonSeconds) {
            errors.add(new FieldError("horizonSeconds", "must be within (0, " + maxHorizonSeconds + "]"));
        }
        return horizonSeconds;
    }

    private static void name(String field, String value, List<FieldError> errors) {
        InputRules.line(value, MAX_NAME_LENGTH).ifPresent(rule -> errors.add(new FieldError(field, rule)));
    }

    private MetricSeries series(SeriesInput in, int horizon, List<FieldError> errors) {
        int before = errors.size();
        if (in.name() != null) {
            name("series.name", in.name(), errors);
        }
        Metric metric = null;
        if (in.metric() == null) {
            errors.add(new FieldError("series.metric", "is required"));
        } else {
            metric = Metric.fromKey(in.metric()).orElse(null);
            if (metric == null) {
                errors.add(new FieldError("series.metric", "must be one of " + Metric.keys()));
            }
        }
        if (in.stepSeconds() == null) {
            errors.add(new FieldError("series.stepSeconds", "is required"));
        } else if (!Double.isFinite(in.stepSeconds()) || in.stepSeconds() <= 0) {
            errors.add(new FieldError("series.stepSeconds", "must be a finite number > 0"));
        } else if (horizon > 0 && steps(horizon, in.stepSeconds()) > maxForecastSteps) {
            errors.add(new FieldError("horizonSeconds", stepsRule(in.stepSeconds(), "series.stepSeconds")));
        }
        if (in.limit() != null && (!Double.isFinite(in.limit()) || in.limit() <= 0)) {
            errors.add(new FieldError("series.limit", "must be a finite number > 0"));
        } else if (in.limit() != null && metric != null && metric.fraction() && in.limit() > 1) {
            errors.add(new FieldError("series.limit", "must be within (0, 1] for " + metric.key()));
        }
        double[] values = values(in.values(), metric, errors);
        if (errors.size() > before) {
            return null;
        }
        OptionalDouble limit = in.limit() == null ? OptionalDouble.empty() : OptionalDouble.of(in.limit());
        return new MetricSeries(metric, in.stepSeconds(), values, limit);
    }

    private double[] values(List<Double> values, Metric metric, List<FieldError> errors) {
        if (values == null) {
            errors.add(new FieldError("series.values", "is required"));
            return null;
        }
        if (values.size() < minPoints) {
            errors.add(new FieldError("series.values", "must hold at least " + minPoints + " points"));
            return null;
        }
        if (values.size() > maxPoints) {
            errors.add(new FieldError("series.values", "must hold at most " + maxPoints + " points"));
            return null;
        }
        double[] out = new double[values.size()];
        int broken = 0;
        for (int i = 0; i < out.length && broken < MAX_VALUE_ERRORS; i++) {
            String rule = rule(values.get(i), metric);
            if (rule != null) {
                errors.add(new FieldError("series.values[" + i + "]", rule));
                broken++;
            } else {
                out[i] = values.get(i);
            }
        }
        return out;
    }

    private static String rule(Double value, Metric metric) {
        if (value == null) {
            return "must not be null";
        }
        if (!Double.isFinite(value)) {
            return "must be a finite number";
        }
        if (value < 0) {
            return "must be >= 0";
        }
        if (metric != null && metric.fraction() && value > 1) {
            return "must be within [0, 1] for " + metric.key();
        }
        return null;
    }

    private String stepsRule(double stepSeconds, String stepName) {
        return "must span at most " + maxForecastSteps + " steps of " + stepName
                + " (" + plain(maxForecastSteps * stepSeconds) + " s at " + plain(stepSeconds) + " s per step)";
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
