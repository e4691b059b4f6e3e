package dev.foresight.predict.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Everything about predict that an operator may want to change. Checked at start-up by {@link PredictConfigCheck}. */
@ConfigMapping(prefix = "foresight.predict")
public interface PredictConfig {
    /**
     * Most recent snapshots read per service for one prediction (360 = six hours at one a minute).
     * The seasonal forecaster takes over only once this spans two days (2 880 at one a minute);
     * below that predictions use the damped trend.
     */
    @WithDefault("360")
    int historyPoints();

    /**
     * Width of the buckets of the long history (seconds). When the recent snapshots span less than
     * two days, the service's means per bucket over {@link #aggregateDays()} are forecast instead,
     * once they do span two days, so the seasonal combination runs (daily at 300 s = 288 buckets;
     * weekly too once two weeks are there).
     */
    @WithDefault("300")
    int aggregateSeconds();

    /** Days of long history read in buckets (15: two weeks for the weekly cycle, and a day). */
    @WithDefault("15")
    int aggregateDays();

    /** Horizon used when a request names none. */
    @WithDefault("1800")
    int defaultHorizonSeconds();

    /** Longest horizon a request may ask for (seven days). */
    @WithDefault("604800")
    int maxHorizonSeconds();

    /** Most forecast steps per metric (horizon / step), which bounds work and response size. */
    @WithDefault("1440")
    int maxForecastSteps();

    /** Observed points a series needs before it is forecast at all. */
    @WithDefault("8")
    int minPoints();

    /** Most points an inline series may carry. */
    @WithDefault("10000")
    int maxPoints();

    Anomaly anomaly();

    Failure failure();

    Cascade cascade();

    Cache cache();

    Listing listing();

    Batch batch();

    interface Anomaly {
        /**
         * Scores at or above this are stored and reported. On short histories (median/MAD) 0.8 is
         * about 4.6 robust sigmas; on long ones (the streaming detector) NAB's optimal threshold is
         * ~0.39, so 0.8 reports only strong surprises. Lower it to hear of more.
         */
        @WithDefault("0.8")
        double threshold();

        /** How many of the latest points are judged against the rest of the history. */
        @WithDefault("3")
        int recentPoints();
    }

    interface Failure {
        /**
         * A failure is predicted once the chance that the metric crosses its limit at least once
         * inside the horizon reaches this. Lower warns earlier and more often, higher later and
         * more surely; on seeded slow failures (BENCHMARKS.md, "Early warning") 0.7 warned 18–20 of
         * 20 hours ahead at 0–0.02 false episodes per day, 0.5 several times as many false episodes.
         */
        @WithDefault("0.7")
        double warnAt();
    }

    interface Cascade {
        /** A dependant whose cascade confidence falls below this is neither reported nor followed. */
        @WithDefault("0.1")
        double minConfidence();
    }

    interface Cache {
        /** How long the latest prediction of a service stays in Redis. */
        @WithDefault("PT10M")
        Duration ttl();
    }

    interface Listing {
        /** Rows returned by GET /predictions and /decisions when no limit is given. */
        @WithDefault("50")
        int defaultLimit();

        /** Largest limit those listings accept. */
        @WithDefault("500")
        int maxLimit();
    }

    interface Batch {
        /**
         * Most entries one POST /predict/batch may carry; a larger batch is refused with a 400.
         * Entries are predicted one after another, so this also bounds how long one call lasts.
         */
        @WithDefault("1000")
        int maxRequests();
    }
}
