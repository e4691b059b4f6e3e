package dev.foresight.shared.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** What must hold for every input, not only the cases someone thought of. */
class InputRulesProperties {
    private static final int MAX = 50;

    @Property
    void anAcceptedLineIsPrintableNonBlankAndShort(@ForAll("hostile") String value) {
        Optional<String> rule = InputRules.line(value, MAX);
        if (rule.isEmpty()) {
            assertTrue(value.codePointCount(0, value.length()) <= MAX);
            assertFalse(InputRules.isBlank(value));
            assertTrue(value.chars().noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)), value);
        }
    }

    @Property
    void nulIsNeverAccepted(@ForAll("hostile") String before, @ForAll("hostile") String after) {
        String value = before + '\u0000' + after;
        assertTrue(InputRules.line(value, Integer.MAX_VALUE).isPresent());
        assertTrue(InputRules.freeText(value, Integer.MAX_VALUE).isPresent());
        assertTrue(InputRules.characters(value, true).isPresent());
    }

    @Property
    void textOfOnlyUnicodeSpacesIsBlank(@ForAll("spaces") String value) {
        assertEquals(Optional.of(InputRules.BLANK), InputRules.freeText(value, Integer.MAX_VALUE));
    }

    @Property
    void aQuoteIsShortAndOneLine(@ForAll("hostile") String value) {
        String quoted = Bounded.quote(value);
        assertTrue(quoted.length() <= 2 * Bounded.QUOTE * 6 + 3, quoted);
        assertTrue(InputRules.characters(quoted, false).isEmpty(), quoted);
    }

    @Property
    void aProblemIsBoundedWhateverItNames(@ForAll @Size(max = 200) List<@StringLength(max = 2000) String> fields) {
        List<Problem.FieldError> errors = fields.stream().map(f -> new Problem.FieldError(f, f)).toList();
        if (errors.isEmpty()) {
            return;
        }
        Problem problem = ProblemException.invalid(errors).problem();
        assertTrue(problem.errors().size() <= ProblemException.MAX_ERRORS);
        assertTrue(problem.detail().length() <= ProblemException.MAX_ERRORS * 6 * (Bounded.FIELD + Bounded.RULE + 8));
        problem.errors().forEach(e -> assertTrue(InputRules.characters(e.field() + e.rule(), false).isEmpty()));
    }

    @Property
    void aRequestTargetIsCheckedWithoutFailing(@ForAll("hostile") String path, @ForAll("hostile") String query) {
        RequestTarget.check(path, query); // answers a violation or nothing; never throws
    }

    @Property
    void anEncodedValueDecodesToItself(@ForAll("hostile") String value) {
        if (InputRules.characters(value, true).isPresent()) {
            return; // unpaired surrogates cannot be encoded as UTF-8
        }
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        assertEquals(Optional.of(value), RequestTarget.decode(encoded, true));
    }

    @Property
    void jsonValuesAreCheckedWithoutFailing(@ForAll("nested") Object value) {
        InputRules.jsonValue("metadata", value, 4, 8, 100);
    }

    /** Text a fuzzer would send: controls, NUL, Unicode spaces, surrogates, emoji, ordinary letters. */
    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars("\u0000\u0001\t\n\r\u007F\u0085\u00A0\u2028\u3000\u200B\uD800\uDC00%+ab")
                        .ofMaxLength(60),
                Arbitraries.strings().alpha().numeric().withChars("._-").ofMinLength(1).ofMaxLength(70));
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.strings().withChars(" \t\n\r\u00A0\u1680\u2000\u2007\u200A\u202F\u205F\u3000\u200B\uFEFF")
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<Object> nested() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(hostile().map(s -> (Object) s),
                Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(Double.POSITIVE_INFINITY).map(d -> (Object) d),
                Arbitraries.just(null));
        return Arbitraries.recursive(() -> leaf,
                inner -> Arbitraries.oneOf(
                        inner.list().ofMaxSize(3).map(l -> (Object) l),
                        Arbitraries.maps(hostile(), inner).ofMaxSize(3).map(m -> (Object) m)),
                0, 6);
    }
}
