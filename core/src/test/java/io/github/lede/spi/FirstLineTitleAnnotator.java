package io.github.lede.spi;

import io.github.lede.model.Article;

/** Test fixture: takes the first paragraph as the title. */
public class FirstLineTitleAnnotator implements Annotator {

    @Override
    public String name() {
        return "first-line-title";
    }

    @Override
    public Article annotate(Article article, AnalysisContext context) {
        if (article.paragraphs().isEmpty()) {
            return article;
        }
        return article.toBuilder().title(article.paragraphs().get(0).text(article.text())).build();
    }
}
