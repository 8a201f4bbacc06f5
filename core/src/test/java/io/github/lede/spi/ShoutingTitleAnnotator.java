package io.github.lede.spi;

import io.github.lede.model.Article;
import java.util.Locale;
import java.util.Set;

/** Test fixture: upper-cases the title, so it must run after {@link FirstLineTitleAnnotator}. */
public class ShoutingTitleAnnotator implements Annotator {

    @Override
    public String name() {
        return "shout";
    }

    @Override
    public Set<String> requires() {
        return Set.of("first-line-title");
    }

    @Override
    public Article annotate(Article article, AnalysisContext context) {
        return article.toBuilder().title(article.title().map(t -> t.toUpperCase(Locale.ROOT)).orElse(null)).build();
    }
}
