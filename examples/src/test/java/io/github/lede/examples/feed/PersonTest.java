package io.github.lede.examples.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.lede.Lede;
import io.github.lede.examples.TestArticles;
import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static final Article BRIDGE = Lede.create().analyze(TestArticles.text(TestArticles.HARBOUR_BRIDGE));

    @Test
    void aSurnameInAnyCaseMatchesEveryQuoteOfItsEntityIncludingThoseCuedByAPronoun() {
        // Q6 is cued by "He", resolved to Tomas Lindqvist
        assertEquals(List.of("Q4", "Q5", "Q6"), quotesOf(new Person("LINDQVIST")));
    }

    @Test
    void everyWordOfTheNameMustMatchInAnyOrder() {
        assertEquals(List.of("Q1", "Q2", "Q3"), quotesOf(new Person("Varga, Elena")));
        assertEquals(List.of(), quotesOf(new Person("Elena Okafor")));
        assertEquals(List.of(), quotesOf(new Person("Okaf")));
    }

    @Test
    void aNameWithoutLettersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Person(" - "));
    }

    private static List<String> quotesOf(Person person) {
        return BRIDGE.quotes().stream().filter(q -> person.said(q, BRIDGE)).map(Quote::id).toList();
    }
}
