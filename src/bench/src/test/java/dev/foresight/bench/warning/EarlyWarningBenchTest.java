package dev.foresight.bench.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.predict.failure.FailurePredictor;
import dev.foresight.predict.forecast.DampedTrendForecaster;
import dev.foresight.predict.forecast.selection.ForecasterSelector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EarlyWarningBenchTest {
    private static final long STEP_MILLIS = 300_000;
    private static final long T0 = LocalDateTime.of(2014, 3, 1, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
    /** The series ends with its failure, as the NAB known-failure files do. */
    private static final int ROWS = 1_100;
    /** Where the synthetic failure starts building (a slow drift, ~20 h to the limit), and its window. */
    private static final int RAMP_START = 800;
    private static final int WINDOW_START = 1_000;
    private static final int WINDOW_END = 1_099;
    private static final int LABEL = 1_050;
    private static final WarningSettings SETTINGS = new WarningSettings(2, 2_000, 12 * 3_600, 288, 2.0, true);

    static long[] times(int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = T0 + i * STEP_MILLIS;
        }
        return t;
    }

    /** Noise around 50, then (if ramping) a steady climb that leaves the band around the window start. */
    static double[] series(boolean ramp, long seed) {
        Random random = new Random(seed);
        double[] y = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            y[i] = 50 + random.nextGaussian() + (ramp && i > RAMP_START ? 0.02 * (i - RAMP_START) : 0);
        }
        return y;
    }

    static WarningSeries labelled(double[] y) {
        long[] t = times(y.length);
        return WarningSeries.of("synthetic.csv", t, y, new long[][] {{t[WINDOW_START], t[WINDOW_END]}},
                new long[] {t[LABEL]});
    }

    static Stream<Arguments> forecasters() {
        return Stream.of(
                Arguments.of(Named.of("the service's choice (seasonal + trend at this length)",
                        ForecasterSelector.bestForHistory())),
                Arguments.of(Named.of("the seasonal choice without trend", ForecasterSelector.bestForHistory().withTrend(false))),
                Arguments.of(Named.of("damped trend", ForecasterSelector.always(new DampedTrendForecaster()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forecasters")
    void aRampToFailureIsWarnedBeforeTheWindow(ForecasterSelector forecasters) {
        WarningSeries s = labelled(series(true, 7));
        FileResult r = EarlyWarningBench.score(s, new WarningReplay(SETTINGS, forecasters), forecasters, SETTINGS);
        WindowOutcome w = r.score().windows().get(0);
        assertTrue(w.warned(), "no warning for the ramp");
        assertTrue(w.minutesEarly() > 0, "warned " + w.minutesEarly() + " min before the window start");
        assertTrue(w.confidence() > 0.5 && w.confidence() <= 1);
        assertEquals(0, r.score().falseEpisodes().size(), r.score().falseEpisodes().toString());
    }

    /**
     * Sanity check of the whole chain: a slow drift (about 20 h from its start to the limit) is
     * forecast, not merely observed, hours (about 5) before it crosses, with the forecaster the service uses
     * and the default sustained-crossing rule.
     */
    @Test
    void aSlowRampIsForecastHoursAheadByTheServiceChoice() {
        ForecasterSelector service = ForecasterSelector.bestForHistory();
        WarningSettings settings = new WarningSettings(2, 2_000, 12 * 3_600, 288, 2.0, true, 3);
        WarningSeries s = labelled(series(true, 7));
        FileResult r = EarlyWarningBench.score(s, new WarningReplay(settings, service), service, settings);
        WindowOutcome f = r.score().forecastWindows().get(0);
        WindowOutcome o = r.score().overWindows().get(0);
        assertTrue(f.warned() && f.ttfSeconds() > 0, "no forecast warning: " + f);
        assertTrue(f.minutesEarly() > 0, "forecast only " + f.minutesEarly() + " min before the window");
        assertTrue(f.minutesBeforeLabel() > 4 * 60, "forecast only " + f.minutesBeforeLabel() + " min before the failure");
        assertTrue(o.warned(), "the ramp does go over the limit: " + o);
        assertEquals(0, r.score().falseEpisodes().size(), r.score().falseEpisodes().toString());
    }

    /**
     * The sweep's row at a level is what the service's predictor at that level raises: replaying
     * once at 0.5 and dropping forecast warnings under 0.7 gives the same evaluations as replaying
     * with {@code new FailurePredictor(0.7)}.
     */
    @Test
    void aSweepLevelEqualsAReplayAtThatLevel() {
        ForecasterSelector service = ForecasterSelector.bestForHistory();
        WarningSeries s = labelled(series(true, 11));
        FileResult low = EarlyWarningBench.score(s, new WarningReplay(SETTINGS, service, new FailurePredictor(0.5)),
                service, SETTINGS);
        FileResult direct = EarlyWarningBench.score(s, new WarningReplay(SETTINGS, service, new FailurePredictor(0.7)),
                service, SETTINGS);
        FileResult swept = EarlyWarningBench.atLevel(low, 0.7, SETTINGS);
        assertEquals(direct.evaluations(), swept.evaluations());
        assertEquals(direct.score(), swept.score());
        assertTrue(low.score().warnings() >= direct.score().warnings());
    }

    @Test
    void aSustainedCrossingIgnoresIsolatedPredictions() {
        // one point far over the limit in a flat series: a 1-evaluation blip
        double[] y = series(false, 5);
        y[600] = 80;
        WarningSeries s = labelled(y);
        ForecasterSelector damped = ForecasterSelector.always(new DampedTrendForecaster());
        WarningSettings once = new WarningSettings(1, 2_000, 12 * 3_600, 288, 2.0, true, 1);
        WarningSettings sustained = new WarningSettings(1, 2_000, 12 * 3_600, 288, 2.0, true, 3);
        assertTrue(EarlyWarningBench.score(s, new WarningReplay(once, damped), damped, once).score().warnings() > 0);
        assertEquals(0, EarlyWarningBench.score(s, new WarningReplay(sustained, damped), damped, sustained)
                .score().falseEpisodes().size());
    }

    @Test
    void theDampedTrendForecastsTheRampBeforeItIsObserved() {
        ForecasterSelector damped = ForecasterSelector.always(new DampedTrendForecaster());
        WarningSeries s = labelled(series(true, 7));
        WindowOutcome w = EarlyWarningBench.score(s, new WarningReplay(SETTINGS, damped), damped, SETTINGS)
                .score().windows().get(0);
        assertTrue(w.ttfSeconds() > 0, "the first warning is a forecast, not an observed crossing: " + w);
        assertTrue(w.minutesBeforeLabel() > 6 * 60, "warned " + w.minutesBeforeLabel() + " min before the failure");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forecasters")
    void aFlatSeriesRaisesNoEpisode(ForecasterSelector forecasters) {
        WarningSeries s = labelled(series(false, 11));
        FileResult r = EarlyWarningBench.score(s, new WarningReplay(SETTINGS, forecasters), forecasters, SETTINGS);
        assertEquals(0, r.score().warnings());
        assertTrue(r.score().falseEpisodes().isEmpty());
        assertFalse(r.score().windows().get(0).warned());
        assertTrue(r.score().evaluations() > 400, "evaluated " + r.score().evaluations());
    }

    @Test
    void consecutiveWarningsMergeIntoOneEpisode() {
        List<Warning> evaluations = List.of(warn(10), warn(11), warn(12), Warning.quiet(13), warn(14), Warning.quiet(15),
                Warning.quiet(16), warn(17), warn(18));
        assertEquals(List.of(new Episodes.Episode(10, 12), new Episodes.Episode(14, 14), new Episodes.Episode(17, 18)),
                Episodes.of(evaluations, slot -> true));
        // a window over slots 11..14 splits the first run and swallows the second
        assertEquals(List.of(new Episodes.Episode(10, 10), new Episodes.Episode(17, 18)),
                Episodes.of(evaluations, slot -> slot < 11 || slot > 14));
        assertTrue(Episodes.of(List.of(Warning.quiet(1), Warning.quiet(2)), slot -> true).isEmpty());
    }

    @Test
    void gapsInTheDataDoNotSplitAnEpisode() {
        // slots 21..24 are missing: no evaluation happens there, so 20 and 25 are consecutive evaluations
        assertEquals(List.of(new Episodes.Episode(20, 25)), Episodes.of(List.of(warn(20), warn(25)), slot -> true));
    }

    @Test
    void aWarningInTheLeadUpCountsForTheWindowAndOneAfterItIsFalse() {
        WarningSeries s = labelled(series(false, 3));
        int lead = SETTINGS.horizonSteps(300);
        List<Warning> evaluations = List.of(warn(WINDOW_START - lead - 5), Warning.quiet(WINDOW_START - lead - 4),
                warn(WINDOW_START - 12), warn(WINDOW_START - 11), Warning.quiet(WINDOW_END + 1), warn(WINDOW_END + 2));
        WarningScore score = WarningScore.of(s, evaluations, lead);
        WindowOutcome w = score.windows().get(0);
        assertEquals(60, w.minutesEarly(), 1e-9);
        assertEquals((LABEL - (WINDOW_START - 12)) * 5, w.minutesBeforeLabel(), 1e-9);
        assertEquals(2, score.falseEpisodes().size());
    }

    @Test
    void anEpisodeThatBeganBeforeTheLeadUpIsFalseEvenWhenItRunsIntoTheWindow() {
        WarningSeries s = labelled(series(false, 3));
        int lead = SETTINGS.horizonSteps(300);
        List<Warning> evaluations = new java.util.ArrayList<>();
        for (int slot = WINDOW_START - lead - 3; slot <= WINDOW_START + 2; slot++) {
            evaluations.add(warn(slot)); // one unbroken alert from before the lead-up into the window
        }
        WarningScore score = WarningScore.of(s, evaluations, lead);
        assertFalse(score.windows().get(0).warned(), "credited " + score.windows().get(0));
        assertEquals(List.of(new Episodes.Episode(WINDOW_START - lead - 3, WINDOW_START + 2)), score.falseEpisodes());

        // the same alert starting inside the lead-up is the window's, and nothing is false
        WarningScore inside = WarningScore.of(s, evaluations.subList(4, evaluations.size()), lead);
        assertEquals((lead - 1) * 5, inside.windows().get(0).minutesEarly(), 1e-9);
        assertTrue(inside.falseEpisodes().isEmpty());
    }

    @Test
    void falseEpisodesAreCountedPerDayReplayed() {
        WarningSeries s = labelled(series(false, 3));
        WarningScore score = WarningScore.of(s, List.of(warn(300), Warning.quiet(301), warn(400)),
                SETTINGS.horizonSteps(300));
        double days = (ROWS - s.referenceEnd()) * 300 / 86_400.0;
        assertEquals(2 / days, score.falseEpisodesPerDay(), 1e-9);
    }

    @Test
    void aFloorThatANonNegativeMetricCannotCrossIsNoLimit() {
        // counts between 0 and 4: 2 robust sd below the minimum is under zero, physically impossible
        LimitBand counts = LimitBand.fromReference(new double[] {0, 1, 2, 3, 4, 1, 2}, 2);
        assertFalse(counts.hasFloor());
        assertTrue(counts.ceiling() > 4);
        // a metric that does go negative (a temperature in °C, a signed delta) keeps its floor
        LimitBand signed = LimitBand.fromReference(new double[] {-1, 1, 2, 3, 4, 1, 2}, 2);
        assertTrue(signed.hasFloor() && signed.floor() < -1);
        // and a positive floor stays
        assertTrue(LimitBand.fromReference(new double[] {50, 51, 52, 53, 54}, 2).hasFloor());
    }

    @Test
    void theBandIsTheReferenceRangeWidenedByRobustDeviations() {
        LimitBand band = LimitBand.fromReference(new double[] {10, 11, 12, 13, 14, Double.NaN}, 2);
        double sigma = 1.4826 * 1; // median 12, absolute deviations 2 1 0 1 2 → MAD 1
        assertEquals(10 - 2 * sigma, band.floor(), 1e-9);
        assertEquals(14 + 2 * sigma, band.ceiling(), 1e-9);
    }

    @Test
    void theGridKeepsGapsAsMissingPointsAndMapsTimesToSlots() {
        long[] t = {T0, T0 + STEP_MILLIS, T0 + 4 * STEP_MILLIS, T0 + 5 * STEP_MILLIS};
        WarningSeries s = WarningSeries.of("gappy", t, new double[] {1, 2, 3, 4}, new long[][] {{t[2], t[3]}},
                new long[] {Long.MIN_VALUE});
        assertEquals(6, s.values().length);
        assertTrue(Double.isNaN(s.values()[2]) && Double.isNaN(s.values()[3]));
        assertEquals(4, s.windows()[0][0]);
        assertEquals(-1, s.labels()[0]);
        assertEquals(t[2], s.millisAt(4));
    }

    @Test
    void runsFromFilesAndRendersTheTable(@TempDir Path dir) throws IOException {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
        double[] y = series(true, 7);
        long[] t = times(ROWS);
        StringBuilder csv = new StringBuilder("timestamp,value\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(f.format(java.time.Instant.ofEpochMilli(t[i]))).append(',').append(y[i]).append('\n');
        }
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("realKnownCause"));
        Files.writeString(data.resolve("realKnownCause/ramp_system_failure.csv"), csv);
        String start = f.format(java.time.Instant.ofEpochMilli(t[WINDOW_START])) + ".000000";
        String end = f.format(java.time.Instant.ofEpochMilli(t[WINDOW_END])) + ".000000";
        Path labels = dir.resolve("combined_windows.json");
        Files.writeString(labels, "{\"realKnownCause/ramp_system_failure.csv\": [[\"" + start + "\", \"" + end
                + "\"]], \"realKnownCause/absent_system_failure.csv\": [], \"other/x.csv\": []}");
        List<FileResult> results = EarlyWarningBench.run(data, labels, Optional.empty(), "system_failure", SETTINGS,
                ForecasterSelector.always(new DampedTrendForecaster()));
        assertEquals(1, results.size(), "only the present, matching file is replayed");
        String table = WarningTable.render(results, SETTINGS);
        assertTrue(table.contains("| realKnownCause/ramp_system_failure.csv |"), table);
        assertTrue(table.contains("| **total** | | | 1 windows | 1 forecast, 1 before the start"), table);
        // the category folder itself works as --data too
        assertEquals(1, EarlyWarningBench.run(data.resolve("realKnownCause"), labels, Optional.empty(),
                "system_failure", SETTINGS, ForecasterSelector.always(new DampedTrendForecaster())).size());
    }

    private static Warning warn(int slot) {
        return new Warning(slot, true, 0.9, 600, true);
    }
}
