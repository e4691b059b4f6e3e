package dev.foresight.shared.testing;

import dev.foresight.shared.input.InputRules;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Text a fuzzer sends, for the property tests of every function's input model. */
public final class HostileText {
    private HostileText() {}

    /** Controls, NUL, Unicode spaces, surrogates, very long runs, ordinary names and null. */
    public static Arbitrary<String> strings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("\u0000\u0001\t\n\u007F\u0085\u00A0\u2028\u3000\u200B\uD800a-_.:")
                        .ofMaxLength(40),
                Arbitraries.strings().alpha().numeric().withChars("._-").ofMinLength(1).ofMaxLength(30),
                Arbitraries.integers().between(100, 20_000).map("x"::repeat),
                Arbitraries.just(null));
    }

    /** Finite, infinite, NaN, negative, huge and absent numbers. */
    public static Arbitrary<Double> numbers() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-2, 2), Arbitraries.doubles(),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MAX_VALUE),
                Arbitraries.just(null));
    }

    /** True when {@code value} could be accepted as a one-line name by the shared rules. */
    public static boolean acceptableLine(String value) {
        return value != null && InputRules.characters(value, false).isEmpty() && !InputRules.isBlank(value);
    }
}
