package io.github.lede.extractor.quotes;

import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Annotator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the quotes of an article — direct, partial and reported speech — with the cue that
 * attributes each and its speaker resolved to one of the article's entities.
 *
 * <p>Registered as the {@code "quotes"} annotator; it runs after {@code "entities"} and links
 * speakers to those entities. Without entities it still works, on the names it reads in the
 * text itself (speakers then have no entity id). Existing quotes are replaced; everything else
 * in the article is kept. See the package documentation for the rules.
 *
 * <p>Limits: a quote never crosses a paragraph break, and one longer than
 * {@link io.github.lede.Limits#maxQuoteChars()} is dropped rather than cut. The time budget is
 * checked inside every loop that grows with the input.
 *
 * <p>Stateless and thread-safe: each call works on its own state.
 */
public final class QuoteAnnotator implements Annotator {

    private final RuleSet rules;

    /** An annotator with every rule family on; {@link java.util.ServiceLoader} uses this constructor. */
    public QuoteAnnotator() {
        this(RuleSet.ALL);
    }

    /** An annotator applying only the given rule families (for ablation studies). */
    public QuoteAnnotator(RuleSet rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Returns {@code "quotes"}. */
    @Override
    public String name() {
        return "quotes";
    }

    /** Returns {@code {"entities"}}: speakers are linked to the entities found before. */
    @Override
    public Set<String> requires() {
        return Set.of("entities");
    }

    /**
     * Returns the article with its quotes, in text order, with ids {@code Q1}, {@code Q2}, ….
     *
     * @throws io.github.lede.AnalysisTimeoutException if the time budget runs out
     */
    @Override
    public Article annotate(Article article, AnalysisContext context) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(context, "context");
        if (article.text().isBlank()) {
            return article.quotes().isEmpty() ? article : article.toBuilder().quotes(List.of()).build();
        }
        ArticleTokens doc = new ArticleTokens(article, context);
        List<Quote> quotes = new QuoteFinder(doc, context, rules).run(article);
        return article.toBuilder().quotes(quotes).build();
    }
}
