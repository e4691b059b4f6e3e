package dev.foresight.alertroute.am.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoQuoteTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain|abc|\"abc\"",
        "double quote|a\"b|\"a\\\"b\"",
        "backslash|a\\b|\"a\\\\b\"",
        "unicode letters stay|é☃|\"é☃\"",
        "empty|''|\"\"",
    })
    void quotesLikeGo(String name, String in, String expected) {
        assertEquals(expected, GoQuote.quote(in));
    }

    @org.junit.jupiter.api.Test
    void controlCharactersAreEscaped() {
        assertEquals("\"a\\nb\\tc\\x00\\x7f\"", GoQuote.quote("a\nb\tc\u0000\u007f"));
        assertEquals("\"\\u00a0\"", GoQuote.quote("\u00a0"), "a non-ASCII space is not printable in Go");
        assertEquals("\"😀\"", GoQuote.quote("😀"));
    }

    @org.junit.jupiter.api.Test
    void ordersByUtf8Bytes() {
        // U+FF5E (3 UTF-8 bytes) sorts before U+1F600 (4 bytes) in Go, after it in UTF-16
        assertTrue(ByteOrder.compare("\uFF5E", "😀") < 0);
        assertTrue(ByteOrder.compare("a", "ab") < 0);
        assertEquals(0, ByteOrder.compare("x", "x"));
    }
}
