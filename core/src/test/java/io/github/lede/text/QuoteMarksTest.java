package io.github.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    @Test
    void classifiesDoubleAndSingleMarks() {
        for (char c : "“”„‟«»\"".toCharArray()) {
            assertTrue(QuoteMarks.isDouble(c), String.valueOf(c));
            assertFalse(QuoteMarks.isSingle(c), String.valueOf(c));
            assertTrue(QuoteMarks.isQuoteMark(c));
        }
        for (char c : "‘’‚‛‹›'".toCharArray()) {
            assertTrue(QuoteMarks.isSingle(c), String.valueOf(c));
            assertFalse(QuoteMarks.isDouble(c), String.valueOf(c));
        }
        assertFalse(QuoteMarks.isQuoteMark('a'));
        assertFalse(QuoteMarks.isQuoteMark('`'));
    }

    @Test
    void openingAndClosingSidesFollowTheStyles() {
        assertTrue(QuoteMarks.isOpening('“'));
        assertTrue(QuoteMarks.isClosing('“'), "German „…“ closes with “");
        assertFalse(QuoteMarks.isOpening('”'));
        assertFalse(QuoteMarks.isClosing('„'));
        assertTrue(QuoteMarks.isOpening('»'), "German/Danish »…«");
        assertFalse(QuoteMarks.isOpening('’'));
        assertTrue(QuoteMarks.isClosing('’'));
    }

    @Test
    void pairsMatch() {
        assertTrue(QuoteMarks.matches('“', '”'));
        assertTrue(QuoteMarks.matches('„', '“'));
        assertTrue(QuoteMarks.matches('„', '”'));
        assertTrue(QuoteMarks.matches('«', '»'));
        assertTrue(QuoteMarks.matches('»', '«'));
        assertTrue(QuoteMarks.matches('‘', '’'));
        assertTrue(QuoteMarks.matches('‚', '‘'));
        assertTrue(QuoteMarks.matches('‚', '’'));
        assertTrue(QuoteMarks.matches('"', '"'));
        assertTrue(QuoteMarks.matches('\'', '\''));
        assertFalse(QuoteMarks.matches('“', '“'));
        assertFalse(QuoteMarks.matches('“', '’'));
        assertFalse(QuoteMarks.matches('"', '”'));
        assertFalse(QuoteMarks.matches('”', '“'));
        assertEquals('”', QuoteMarks.closerFor('“'));
        assertEquals('“', QuoteMarks.closerFor('„'));
        assertEquals('«', QuoteMarks.closerFor('»'));
        assertThrows(IllegalArgumentException.class, () -> QuoteMarks.closerFor('”'));
    }

    @Test
    void apostropheBetweenLetters() {
        assertApostrophe("O’Neill", 1);
        assertApostrophe("don’t", 3);
        assertApostrophe("Halevi‘s assessment", 6);
        assertApostrophe("Kieran O‘Donnell", 8);
        assertApostrophe("we'll", 2);
    }

    @Test
    void apostropheEliding() {
        assertApostrophe("the ’90s", 4);
        assertApostrophe("in '08 and", 3);
        assertApostrophe("the ‘90s", 4);
        assertApostrophe("wait ’til dawn", 5);
        String rock = "rock ’n’ roll";
        assertApostrophe(rock, 5);
        assertApostrophe(rock, 7);
    }

    @Test
    void quoteMarksAroundWordsAreNotApostrophes() {
        assertFalse(QuoteMarks.isApostrophe("said ‘the least bad option’ and", 5));
        assertFalse(QuoteMarks.isApostrophe("said ‘the least bad option’ and", 26));
        assertFalse(QuoteMarks.isApostrophe("told me 'we'll get", 8));
        assertFalse(QuoteMarks.isApostrophe("‘90 per cent’", 0), "‘ before digits opens unless it is a decade");
        assertFalse(QuoteMarks.isApostrophe("a “b” c", 2));
        assertFalse(QuoteMarks.isApostrophe("abc", 7), "out of range");
    }

    @Test
    void pluralPossessiveDependsOnOpenQuotation() {
        String s = "Hamas’ demands";
        assertTrue(QuoteMarks.isApostrophe(s, 5, false));
        assertFalse(QuoteMarks.isApostrophe(s, 5, true));
        assertFalse(QuoteMarks.isApostrophe(s, 5), "unknown state: the mark may close a quotation");
        assertTrue(QuoteMarks.isApostrophe("the players’.", 11, false));
        assertFalse(QuoteMarks.isApostrophe("the player’ x", 10, false), "only after s");
    }

    private static void assertApostrophe(String text, int index) {
        assertTrue(QuoteMarks.isApostrophe(text, index), text + " @" + index);
    }
}
