package io.github.lede.spi;

import io.github.lede.model.Article;
import java.util.Set;

/**
 * Enriches an article — adds entities, quotes, or a user's own findings — and returns the new
 * article. Annotators run after extraction, each after the annotators it {@link #requires()}.
 *
 * <p>Register an implementation in {@code META-INF/services/io.github.lede.spi.Annotator}.
 */
public interface Annotator extends Provider {

    /** Names of annotators whose results this one reads (quotes require {@code "entities"}). */
    default Set<String> requires() {
        return Set.of();
    }

    /**
     * Returns the article with this annotator's findings added. Must keep what earlier stages
     * found unless replacing it is the point.
     *
     * @throws io.github.lede.LedeException if a limit is exceeded
     */
    Article annotate(Article article, AnalysisContext context);
}
