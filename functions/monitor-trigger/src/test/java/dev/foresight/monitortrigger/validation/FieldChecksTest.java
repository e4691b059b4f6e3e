package dev.foresight.monitortrigger.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.shared.problem.Problem;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldChecksTest {

    private static final BiFunction<FieldChecks, Double, FieldChecks> FRACTION = (c, v) -> c.fraction("f", v);
    private static final BiFunction<FieldChecks, Double, FieldChecks> POSITIVE_FRACTION = (c, v) -> c.positiveFraction("f", v);
    private static final BiFunction<FieldChecks, Double, FieldChecks> POSITIVE = (c, v) -> c.positive("f", v);
    private static final BiFunction<FieldChecks, Double, FieldChecks> NON_NEGATIVE = (c, v) -> c.nonNegative("f", v);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("absent fraction is fine", FRACTION, null, null),
                Arguments.of("fraction 0", FRACTION, 0.0, null),
                Arguments.of("fraction 1", FRACTION, 1.0, null),
                Arguments.of("fraction above 1", FRACTION, 1.01, "must be between 0 and 1"),
                Arguments.of("fraction negative", FRACTION, -0.1, "must be between 0 and 1"),
                Arguments.of("fraction NaN", FRACTION, Double.NaN, FieldChecks.FINITE),
                Arguments.of("fraction infinite", FRACTION, Double.POSITIVE_INFINITY, FieldChecks.FINITE),
                Arguments.of("limit 0 excluded", POSITIVE_FRACTION, 0.0, "must be greater than 0 and at most 1"),
                Arguments.of("limit 1 included", POSITIVE_FRACTION, 1.0, null),
                Arguments.of("positive 0", POSITIVE, 0.0, "must be greater than 0"),
                Arguments.of("positive tiny", POSITIVE, 1e-9, null),
                Arguments.of("positive -Infinity", POSITIVE, Double.NEGATIVE_INFINITY, FieldChecks.FINITE),
                Arguments.of("non-negative 0", NON_NEGATIVE, 0.0, null),
                Arguments.of("non-negative -1", NON_NEGATIVE, -1.0, "must be greater than or equal to 0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void numericRules(String name, BiFunction<FieldChecks, Double, FieldChecks> rule, Double value, String expected) {
        List<Problem.FieldError> errors = rule.apply(new FieldChecks(), value).errors();
        assertEquals(expected == null ? List.of() : List.of(new Problem.FieldError("f", expected)), errors);
    }

    static Stream<Arguments> required() {
        return Stream.of(
                Arguments.of("null", null, 1),
                Arguments.of("blank", "  ", 1),
                Arguments.of("present", "x", 0),
                Arguments.of("non-string present", 3, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("required")
    void requiredField(String name, Object value, int errors) {
        assertEquals(errors, new FieldChecks().required("f", value).errors().size());
    }
}
