package io.github.lede.spi;

import io.github.lede.model.Article;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import io.github.lede.text.TextDecoder;
import java.util.ArrayList;
import java.util.List;

/** Test fixture found through META-INF/services of the test class path: one paragraph per line. */
public class LineExtractor implements ArticleExtractor {

    @Override
    public String name() {
        return "lines";
    }

    @Override
    public int priority() {
        return FALLBACK;
    }

    @Override
    public boolean supports(Source source) {
        return source.contentType().equals(MediaTypes.TEXT);
    }

    @Override
    public Article extract(Source source, AnalysisContext context) {
        String text = source.text().orElseGet(() -> TextDecoder.decode(source.bytes(), source.charset().orElse(null)));
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    paragraphs.add(new Paragraph(start, i, ParagraphKind.PARAGRAPH));
                }
                start = i + 1;
            }
        }
        return Article.builder(text).paragraphs(paragraphs).build();
    }
}
