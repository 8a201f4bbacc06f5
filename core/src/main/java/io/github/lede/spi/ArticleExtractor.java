package io.github.lede.spi;

import io.github.lede.model.Article;

/**
 * Turns a {@link Source} into an {@link Article}: metadata, body text and paragraphs. The registry
 * asks every extractor whether it {@link #supports} a source and gives it to the one with the
 * highest {@link #priority()}.
 *
 * <p>Register an implementation in
 * {@code META-INF/services/io.github.lede.spi.ArticleExtractor}.
 */
public interface ArticleExtractor extends Provider {

    /**
     * Whether this extractor can handle the source: typically a test of
     * {@link Source#contentType()}, and for a site-specific extractor of {@link Source#host()}.
     * Must be cheap and must not throw.
     */
    boolean supports(Source source);

    /**
     * Extracts the article. The result's {@link Article#source()} and {@link Article#url()} are
     * filled in by the caller where the extractor leaves them empty.
     *
     * @throws io.github.lede.LedeException for input it cannot read or that breaks a limit
     */
    Article extract(Source source, AnalysisContext context);
}
