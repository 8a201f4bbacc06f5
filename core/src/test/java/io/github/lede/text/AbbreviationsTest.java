package io.github.lede.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    @Test
    void recognisesListedInitialsAndDottedForms() {
        for (String s : new String[] {"Dr.", "Sen.", "Jan.", "Sept.", "e.g.", "i.e.", "vs.", "etc.", "Inc.",
                "Calif.", "J.", "U.S.", "U.K.", "a.m.", "p.m.", "N.Y."}) {
            assertTrue(Abbreviations.isAbbreviation(s), s);
        }
        for (String s : new String[] {"said.", "sun.", "Dr", "a.", "U.S", ".", "Blinken."}) {
            assertFalse(Abbreviations.isAbbreviation(s), s);
        }
    }

    @Test
    void titlesAndMonthsNeverEndASentence() {
        assertFalse(Abbreviations.endsSentence("Dr.", "Nadia"));
        assertFalse(Abbreviations.endsSentence("Gov.", "The"));
        assertFalse(Abbreviations.endsSentence("Feb.", "8"));
        assertFalse(Abbreviations.endsSentence("e.g.", "Gaza"));
        assertFalse(Abbreviations.endsSentence("i.e.", "The"));
    }

    @Test
    void numberSignOnlyBeforeDigits() {
        assertFalse(Abbreviations.endsSentence("No.", "5"));
        assertTrue(Abbreviations.endsSentence("No.", "We"));
    }

    @Test
    void suffixesEndBeforeACapitalisedWord() {
        assertTrue(Abbreviations.endsSentence("Inc.", "Chief"));
        assertTrue(Abbreviations.endsSentence("Jr.", "He"));
        assertFalse(Abbreviations.endsSentence("Co.", "Ltd."));
        assertFalse(Abbreviations.endsSentence("etc.", "and"));
    }

    @Test
    void ambiguousFormsEndOnlyBeforeSentenceOpeners() {
        assertFalse(Abbreviations.endsSentence("U.S.", "Secretary"));
        assertTrue(Abbreviations.endsSentence("U.S.", "The"));
        assertFalse(Abbreviations.endsSentence("a.m.", "Monday"));
        assertTrue(Abbreviations.endsSentence("p.m.", "But"));
        assertFalse(Abbreviations.endsSentence("J.", "Blinken"));
        assertFalse(Abbreviations.endsSentence("St.", "Louis"));
        assertTrue(Abbreviations.endsSentence("U.S.", "“"));
    }

    @Test
    void unknownFormsAndTheEndOfTextEnd() {
        assertTrue(Abbreviations.endsSentence("said.", "He"));
        assertTrue(Abbreviations.endsSentence("Dr.", ""));
    }
}
