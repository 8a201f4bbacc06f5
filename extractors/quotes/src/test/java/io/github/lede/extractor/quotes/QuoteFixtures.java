package io.github.lede.extractor.quotes;

import io.github.lede.model.Article;
import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Mention;
import io.github.lede.model.Quote;
import io.github.lede.model.Speaker;
import io.github.lede.spi.AnalysisContext;
import java.util.ArrayList;
import java.util.List;

/** Entities as the {@code "entities"} annotator would hand them over, and the quote annotator run on them. */
final class QuoteFixtures {

    private QuoteFixtures() {
    }

    /** The quotes of {@code text} with these entities. */
    static List<Quote> quotes(String text, List<Entity> entities) {
        Article article = Article.builder(text).entities(entities).build();
        return new QuoteAnnotator().annotate(article, AnalysisContext.standalone()).quotes();
    }

    /** The speaker's name, or {@code "?"}. */
    static String speaker(Quote q) {
        return q.speaker().map(Speaker::name).orElse("?");
    }

    /**
     * People with ids E1, E2, …, each with its surname as an alias, mentioned at every full name
     * and at every surname outside a full name.
     */
    static List<Entity> people(String text, String... names) {
        List<Entity> list = new ArrayList<>();
        for (String name : names) {
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            Entity.Builder b = Entity.builder("E" + (list.size() + 1), EntityType.PERSON, name)
                    .addAliases(List.of(surname));
            int prefix = name.length() - surname.length();
            for (int i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + surname.length())) {
                int from = i >= prefix && text.startsWith(name, i - prefix) ? i - prefix : i;
                b.addMention(new Mention(from, i + surname.length(), text.substring(from, i + surname.length())));
            }
            list.add(b.build());
        }
        return list;
    }

    /** Adds a mention at every occurrence of each form (occurrences of different forms may overlap). */
    static Entity.Builder mentionedEverywhere(Entity.Builder b, String text, List<String> forms) {
        for (String form : forms) {
            for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length())) {
                b.addMention(new Mention(i, i + form.length(), form));
            }
        }
        return b;
    }
}
