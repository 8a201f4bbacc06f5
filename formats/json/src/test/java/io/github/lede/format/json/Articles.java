package io.github.lede.format.json;

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

/** Articles for the format tests. */
final class Articles {

    private Articles() {
    }

    /** An article with every field set: metadata, paragraphs, entities with every extra, quotes. */
    static Article full() {
        String heading = "Blinken in Tel Aviv";
        String body = "U.S. Secretary of State Antony Blinken met Benny Gantz on Thursday, 8 February. "
                + "“That being done, many things can be achieved,” he added. "
                + "Blinken said the talks were “serious” — and Halevi‘s aides agreed.";
        String text = heading + "\n\n" + body;
        Entity blinken = Entity.builder("E1", EntityType.PERSON, "Antony Blinken")
                .addAlias("Blinken").addTitle("U.S. Secretary of State")
                .addMention(mention(text, "Antony Blinken", 0)).addMention(mention(text, "Blinken", 2))
                .salience(0.31).gender(Gender.MALE).number(GrammaticalNumber.SINGULAR).build();
        Entity gantz = Entity.builder("E2", EntityType.PERSON, "Benny Gantz")
                .addMention(mention(text, "Benny Gantz", 0)).addMention(mention(text, "he", 0)).build();
        Entity date = Entity.builder("E3", EntityType.DATE, "8 February")
                .addMention(mention(text, "8 February", 0)).value("2024-02-08").build();
        Entity place = Entity.builder("E4", EntityType.of("FACILITY"), "Tel Aviv")
                .addMention(mention(text, "Tel Aviv", 0)).number(GrammaticalNumber.PLURAL).build();
        Quote direct = Quote.builder("Q1", QuoteType.DIRECT,
                        mention(text, "That being done, many things can be achieved,", 0))
                .speaker(Speaker.of("Benny Gantz", mention(text, "he", 0)).withEntity("E2"))
                .cue(Cue.of(text, text.indexOf("added"), text.indexOf("added") + 5))
                .confidence(0.93).build();
        Quote partial = Quote.builder("Q2", QuoteType.PARTIAL, mention(text, "serious", 0))
                .speaker(Speaker.of("Antony Blinken", mention(text, "Blinken", 2)).withEntity("E1"))
                .cue(Cue.of(text, text.indexOf(" said") + 1, text.indexOf(" said") + 5)).build();
        Quote indirect = Quote.builder("Q3", QuoteType.INDIRECT, mention(text, "agreed", 0))
                .speaker(Speaker.of("Halevi‘s aides")).confidence(0.5).build();
        return Article.builder(text)
                .source("stories/blinken.html").url("https://news.example.test/2024/02/blinken")
                .title("Blinken meets Gantz").description("The secretary of state’s fifth visit.")
                .authors(List.of("Jane Roe", "Wire Staff"))
                .published(Timestamp.parse("2024-02-08T10:15:00Z"))
                .modified(Timestamp.parse("2024-02-08T12:00:00+02:00"))
                .siteName("Example News").language("en").image("https://news.example.test/img/lead.jpg")
                .canonicalUrl("https://news.example.test/blinken")
                .paragraphs(List.of(new Paragraph(0, heading.length(), ParagraphKind.HEADING),
                        new Paragraph(heading.length() + 2, text.length(), ParagraphKind.PARAGRAPH)))
                .entities(List.of(blinken, gantz, date, place))
                .quotes(List.of(direct, partial, indirect))
                .build();
    }

    /** The {@code n}-th (from 0) occurrence of {@code word} in {@code text}, as a mention. */
    static Mention mention(String text, String word, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(word, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException(word + " occurs fewer than " + (n + 1) + " times");
            }
        }
        return Mention.of(text, at, at + word.length());
    }
}
