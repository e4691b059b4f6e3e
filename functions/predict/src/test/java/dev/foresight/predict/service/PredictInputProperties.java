package dev.foresight.predict.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.predict.api.PredictRequest;
import dev.foresight.shared.problem.ProblemException;
import dev.foresight.shared.testing.HostileText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** POST /predict for any input: a command or a 400 naming fields, nothing else. */
class PredictInputProperties {
    private final PredictRequestValidator validator = new PredictRequestValidator(8, 100, 1800, 604800, 1440);

    @Property
    void anyRequestIsACommandOrANamed400(@ForAll("text") String service, @ForAll("text") String name, @ForAll("text") String metric,
                                         @ForAll("number") Double step, @ForAll("values") List<Double> values,
                                         @ForAll("horizon") Integer horizon, @ForAll boolean inline) {
        PredictRequest request = new PredictRequest(inline ? null : service, horizon,
                inline ? new PredictRequest.SeriesInput(name, metric, step, values, null) : null);
        try {
            PredictCommand command = validator.validate(request);
            if (command instanceof PredictCommand.ForService forService) {
                assertTrue(HostileText.acceptableLine(forService.name()));
            }
        } catch (ProblemException refused) {
            assertTrue(refused.problem().status() == 400 && !refused.problem().errors().isEmpty());
            assertTrue(refused.problem().errors().size() <= ProblemException.MAX_ERRORS);
        }
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(HostileText.strings(), Arbitraries.of("cpu", "latency_ms", "error_rate"));
    }

    @Provide
    Arbitrary<Double> number() {
        return HostileText.numbers();
    }

    @Provide
    Arbitrary<List<Double>> values() {
        return Arbitraries.oneOf(HostileText.numbers().list().ofMaxSize(150), Arbitraries.just(null));
    }

    @Provide
    Arbitrary<Integer> horizon() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(1, 7200), Arbitraries.just(null));
    }
}
