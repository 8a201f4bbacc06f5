package io.github.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final String TEXT = "Gantz told Blinken the talks would go on.\n\n“We will see,” he said.";

    private static Entity gantz() {
        return Entity.builder("E1", EntityType.PERSON, "Benny Gantz").addAlias("Gantz")
                .addMention(Mention.of(TEXT, 0, 5)).build();
    }

    @Test
    void buildsWhenEverySpanMatchesTheText() {
        int q = TEXT.indexOf("We will see,");
        int he = TEXT.indexOf("he said");
        Quote quote = Quote.builder("Q1", QuoteType.DIRECT, Mention.of(TEXT, q, q + 12))
                .speaker(Speaker.of("Gantz", Mention.of(TEXT, he, he + 2)).linkedTo(gantz()))
                .cue(Cue.of(TEXT, he + 3, he + 7)).confidence(0.9).build();
        Article a = Article.builder(TEXT).title("Talks").paragraphs(List.of(
                new Paragraph(0, 41, ParagraphKind.PARAGRAPH), new Paragraph(43, TEXT.length(), ParagraphKind.PARAGRAPH)))
                .entities(List.of(gantz())).quotes(List.of(quote)).build();

        assertEquals("Benny Gantz", a.quotes().get(0).speaker().orElseThrow().name());
        assertEquals("E1", a.quotes().get(0).speaker().orElseThrow().entity().orElseThrow());
        assertEquals("he", a.quotes().get(0).speaker().orElseThrow().mention().orElseThrow().text());
        assertEquals(a, a.toBuilder().build());
    }

    @Test
    void refusesAMentionWhoseTextIsNotAtItsSpan() {
        Entity wrong = Entity.builder("E1", EntityType.PERSON, "Blinken").addMention(new Mention(0, 7, "Blinken")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder(TEXT).entities(List.of(wrong)).build());
        assertTrue(e.getMessage().contains("claims \"Blinken\" but the text there is \"Gantz t\""), e.getMessage());
    }

    @Test
    void refusesASpanPastTheEndOfTheText() {
        Quote q = Quote.builder("Q1", QuoteType.DIRECT, new Mention(60, 70, "0123456789")).build();
        assertThrows(IllegalArgumentException.class, () -> Article.builder(TEXT).quotes(List.of(q)).build());
    }

    @Test
    void refusesAMentionWhoseLengthDiffersFromItsText() {
        assertThrows(IllegalArgumentException.class, () -> new Mention(0, 4, "Gantz"));
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new Cue("said", -1, 3));
    }

    @Test
    void refusesOverlappingParagraphs() {
        assertThrows(IllegalArgumentException.class, () -> Article.builder(TEXT).paragraphs(List.of(
                new Paragraph(0, 20, ParagraphKind.PARAGRAPH), new Paragraph(10, 30, ParagraphKind.PARAGRAPH))).build());
    }

    @Test
    void refusesASpeakerLinkedToAMissingEntity() {
        int q = TEXT.indexOf("We will see,");
        Quote quote = Quote.builder("Q1", QuoteType.DIRECT, Mention.of(TEXT, q, q + 12))
                .speaker(Speaker.of("Gantz").withEntity("E9")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder(TEXT).quotes(List.of(quote)).build());
        assertTrue(e.getMessage().contains("E9"));
    }

    @Test
    void refusesDuplicateIds() {
        assertThrows(IllegalArgumentException.class,
                () -> Article.builder(TEXT).entities(List.of(gantz(), gantz())).build());
    }

    @Test
    void modelsAreImmutable() {
        Article a = Article.builder(TEXT).authors(List.of("A. Writer", " ", "A. Writer")).build();
        assertEquals(List.of("A. Writer"), a.authors());
        assertThrows(UnsupportedOperationException.class, () -> a.authors().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> gantz().mentions().clear());
    }

    @Test
    void entityDropsItsNameFromAliasesAndSortsMentions() {
        Entity e = Entity.builder("E1", EntityType.PERSON, "Benny Gantz").addAlias("Benny Gantz").addAlias("Gantz")
                .addMention(new Mention(10, 15, "Gantz")).addMention(new Mention(0, 11, "Benny Gantz")).build();
        assertEquals(List.of("Gantz"), e.aliases());
        assertEquals(0, e.mentions().get(0).start());
        assertThrows(IllegalArgumentException.class, () -> Entity.builder("E2", EntityType.PERSON, "X").salience(1.5));
        assertThrows(IllegalArgumentException.class, () -> EntityType.of("person"));
    }
}
