package io.github.lede.extractor.entities;

import io.github.lede.model.Article;
import io.github.lede.model.Entity;
import io.github.lede.model.Paragraph;
import io.github.lede.model.Timestamp;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Annotator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds the article's entities: people, organisations, places, nationalities and groups
 * ({@code NORP}) and calendar dates, one {@link Entity} per referent with every form the text uses
 * as aliases, the titles written next to a person, gender and number where the text or a
 * first-name list tells, the ISO value of a date, and a salience in [0, 1].
 *
 * <p>A name no gazetteer knows is typed by evidence inside and around it: a known first name,
 * initial, honorific or title, a relative "who" or an age after it, or its surname speaking alone
 * ("Bassi said") make a person; an organisation word (Ministry, Inc., University), "which", a
 * body's people or kind after it ("officials", "party"), an ownership adjective ("Amazon-owned"),
 * business verbs ("the acquisition of X"), a role after it ("Snapwick CEO ...") make an
 * organisation; a gazetteer, a preposition of place, a compass word or a state after a comma make a
 * place. Two capitalised words that start with a known first name default to a person; a lone
 * unknown word with no evidence is dropped unless it is another form of a name already found.
 * Nationalities, creeds and parties are {@code NORP} ("a Virginia Democrat" names the place
 * Virginia); laws ("Affordable Care Act") are {@code LAW}; prizes and named storms {@code EVENT};
 * holidays, product models ("Vision Pro") and quoted titles of works are not entities, since news
 * readers rarely want them as people, bodies or places.
 *
 * <p>Rule-based and self-contained: capitalisation and context rules, gazetteers and word lists
 * shipped in the jar; nothing is fetched at run time. Entities found by earlier annotators are
 * kept; this annotator's own are appended after them. Thread-safe and stateless. Registered as
 * {@code "entities"}.
 */
public final class EntityAnnotator implements Annotator {

    private final Lexicon lexicon = Lexicon.get();
    private final NameFinder names = new NameFinder(lexicon);
    private final DateFinder dates = new DateFinder();
    private final EntityResolver resolver = new EntityResolver(lexicon);

    /** Creates the annotator; the word lists load once per class loader, on first use. */
    public EntityAnnotator() {
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Article annotate(Article article, AnalysisContext context) {
        String text = article.text();
        Optional<LocalDate> published = article.published().map(Timestamp::date);
        int leadEnd = article.paragraphs().stream()
                .filter(p -> p.end() > p.start())
                .findFirst().map(Paragraph::end).orElse(Math.min(text.length(), 400));
        String title = article.title().orElse("");
        // a headline kept out of the text may still hold the fullest form of a name
        List<Candidate> inTitle = title.isBlank() ? List.of() : names.find(title, context);
        List<Entity> found = resolver.resolve(text, names.find(text, context), dates.find(text, published, context),
                title, inTitle, leadEnd, context);
        if (found.isEmpty()) {
            return article;
        }
        List<Entity> all = new ArrayList<>(article.entities());
        int next = all.size() + 1;
        for (Entity e : found) {
            // keep ids unique when an earlier annotator added entities of its own
            String id = "E" + next++;
            while (article.entity(id).isPresent()) {
                id = "E" + next++;
            }
            all.add(e.toBuilder().id(id).build());
        }
        return article.toBuilder().entities(all).build();
    }
}
