package dev.foresight.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void columnsAlignToTheWidestCellWithTwoSpacesAndNoTrailingBlanks() {
        String text = Table.of("ID", "SERVICE", "SUMMARY")
                .row(7, "checkout", "latency will cross its SLO")
                .row(1234, "db", "ok")
                .render();
        assertEquals("""
                ID    SERVICE   SUMMARY
                7     checkout  latency will cross its SLO
                1234  db        ok
                """, text);
    }

    @Test
    void missingValuesShowAsADashAndLineBreaksCannotBreakARow() {
        String text = Table.of("A", "B").row(null, "two\nlines").row("", "x").render();
        assertEquals("""
                A  B
                -  two lines
                -  x
                """, text);
    }

    @Test
    void colourCodesDoNotCountTowardsWidth() {
        String red = "\u001B[31mcritical\u001B[0m";
        String text = Table.of("SEVERITY", "SERVICE").row(red, "checkout").row("low", "db").render();
        assertEquals("SEVERITY  SERVICE\n" + red + "  checkout\nlow       db\n", text);
    }

    @Test
    void headersAloneWhenThereAreNoRows() {
        assertEquals("NAME  URL\n", Table.of("NAME", "URL").render());
    }

    @Test
    void aRowMustFillEveryColumn() {
        assertThrows(IllegalArgumentException.class, () -> Table.of("A", "B").row("only one"));
    }

    @Test
    void clipMarksTheCut() {
        assertEquals("abcd…", Table.clip("abcdefgh", 5));
        assertEquals("abc", Table.clip("abc", 5));
    }
}
