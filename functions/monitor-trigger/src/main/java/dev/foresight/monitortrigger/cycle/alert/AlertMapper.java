package dev.foresight.monitortrigger.cycle.alert;

import dev.foresight.monitortrigger.cycle.predict.PredictResponse;
import dev.foresight.monitortrigger.cycle.predict.PredictedCascade;
import dev.foresight.monitortrigger.cycle.predict.PredictedFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns predictions into alerts. Labels carry only what identifies the problem (the metric,
 * the source of a cascade) so that alert-route deduplicates the same prediction across cycles.
 */
public final class AlertMapper {
    private AlertMapper() {}

    public static List<Alert> alerts(List<PredictResponse> predictions) {
        List<Alert> alerts = new ArrayList<>();
        for (PredictResponse prediction : predictions) {
            prediction.failures().forEach(f -> alerts.add(failure(prediction.service(), f)));
            prediction.cascades().forEach(c -> alerts.add(cascade(c)));
        }
        return alerts;
    }

    public static Alert failure(String predictedService, PredictedFailure f) {
        String service = f.service() != null ? f.service() : predictedService;
        String summary = hasText(f.reasoning()) ? f.reasoning()
                : String.format(Locale.ROOT, "%s: %s predicted to cross its limit%s%s", service, f.metric(),
                        f.limit() == null ? "" : " " + number(f.limit()), within(f.timeToFailureSeconds()));
        return new Alert("failure", service, summary, f.confidence(), seconds(f.timeToFailureSeconds()),
                Map.of("metric", f.metric() == null ? "unknown" : f.metric()));
    }

    public static Alert cascade(PredictedCascade c) {
        String summary = hasText(c.reasoning()) ? c.reasoning()
                : String.format(Locale.ROOT, "%s predicted to fail because %s does%s", c.service(),
                        c.sourceService(), within(c.timeToFailureSeconds()));
        return new Alert("cascade", c.service(), summary, c.confidence(), seconds(c.timeToFailureSeconds()),
                Map.of("source", c.sourceService() == null ? "unknown" : c.sourceService()));
    }

    private static String within(Double ttf) {
        return ttf == null ? "" : " in " + seconds(ttf) + " s";
    }

    private static Long seconds(Double ttf) {
        return ttf == null || !Double.isFinite(ttf) ? null : Math.round(ttf);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
