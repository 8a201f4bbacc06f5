package io.github.lede.format.xml;

import io.github.lede.model.Article;
import io.github.lede.model.Cue;
import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Gender;
import io.github.lede.model.GrammaticalNumber;
import io.github.lede.model.Mention;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import io.github.lede.model.Quote;
import io.github.lede.model.QuoteType;
import io.github.lede.model.Speaker;
import io.github.lede.model.Timestamp;
import java.util.List;

/** Articles that exercise every field and every character class the XML form must carry. */
final class TestArticles {

    private TestArticles() {
    }

    /**
     * Every field set; text with blank-line paragraph breaks, typographic quotes (“ ” ‘ ’ « » „),
     * a bell control character, a lone surrogate, an emoji, a CR LF and XML's special characters.
     */
    static Article full() {
        String heading = "Talks resume";
        String p1 = "Antony Blinken met Benny Gantz on Thursday to press for a ceasefire.";
        String p2 = "“We are close,” Blinken said. Gantz called it ‘reckless’ and «premature» \u0007 „today“.";
        String item = "line one\r\nline two \uD800 and 😀 a ]]> b & c < d";
        String quote = "Dignity matters.";
        String text = String.join("\n\n", heading, p1, p2, item, quote);
        int h = 0;
        int a = text.indexOf(p1);
        int b = text.indexOf(p2);
        int c = text.indexOf(item);
        int d = text.indexOf(quote);

        Entity blinken = Entity.builder("E1", EntityType.PERSON, "Antony Blinken")
                .addAlias("Blinken").addTitle("U.S. Secretary of State")
                .addMention(Mention.of(text, a, a + 14))
                .addMention(Mention.of(text, text.indexOf("Blinken said"), text.indexOf("Blinken said") + 7))
                .salience(0.31).gender(Gender.MALE).number(GrammaticalNumber.SINGULAR).build();
        Entity gantz = Entity.builder("E2", EntityType.PERSON, "Benny Gantz")
                .addAlias("Gantz").addMention(Mention.of(text, text.indexOf("Benny Gantz"), text.indexOf("Benny Gantz") + 11))
                .addMention(Mention.of(text, text.indexOf("Gantz called"), text.indexOf("Gantz called") + 5)).build();
        Entity thursday = Entity.builder("E3", EntityType.DATE, "Thursday").value("2024-02-08")
                .addMention(Mention.of(text, text.indexOf("Thursday"), text.indexOf("Thursday") + 8)).build();
        Entity odd = Entity.builder("E4", EntityType.of("MISC_THING"), "line one\r\nline two \uD800")
                .addAlias("\u0007").addMention(Mention.of(text, c, c + 20)).build();

        int q1 = text.indexOf("We are close");
        int saidAt = text.indexOf("said", q1);
        int blinkenAt = text.indexOf("Blinken said");
        Quote direct = Quote.builder("Q1", QuoteType.DIRECT, Mention.of(text, q1, q1 + 13))
                .speaker(Speaker.of("Antony Blinken", Mention.of(text, blinkenAt, blinkenAt + 7)).withEntity("E1"))
                .cue(Cue.of(text, saidAt, saidAt + 4)).confidence(0.93).build();
        int r = text.indexOf("reckless");
        int calledAt = text.indexOf("called");
        Quote partial = Quote.builder("Q2", QuoteType.PARTIAL, Mention.of(text, r, r + 8))
                .speaker(Speaker.of("Benny Gantz").withEntity("E2")).cue(Cue.of(text, calledAt, calledAt + 6))
                .confidence(0.5).build();
        Quote unattributed = Quote.builder("Q3", QuoteType.DIRECT, Mention.of(text, d, d + quote.length())).build();

        return Article.builder(text)
                .source("https://example.org/news/talks?id=1&lang=en")
                .url("https://example.org/news/talks?id=1&lang=en")
                .title("Talks “resume” <again> & more")
                .description("A standfirst\nover two lines")
                .authors(List.of("Jane Doe", "John O’Reilly"))
                .published(Timestamp.parse("2024-02-08T10:15:00+01:00"))
                .modified(Timestamp.parse("2024-02-09"))
                .siteName("Example News")
                .language("en")
                .image("https://example.org/img/lead.jpg")
                .canonicalUrl("https://example.org/news/talks")
                .paragraphs(List.of(
                        new Paragraph(h, h + heading.length(), ParagraphKind.HEADING),
                        new Paragraph(a, a + p1.length(), ParagraphKind.PARAGRAPH),
                        new Paragraph(b, b + p2.length(), ParagraphKind.PARAGRAPH),
                        new Paragraph(c, c + item.length(), ParagraphKind.LIST_ITEM),
                        new Paragraph(d, d + quote.length(), ParagraphKind.BLOCKQUOTE)))
                .entities(List.of(blinken, gantz, thursday, odd))
                .quotes(List.of(direct, partial, unattributed))
                .build();
    }
}
