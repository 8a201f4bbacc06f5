package io.github.lede.extractor.html;

import io.github.lede.InputTooLargeException;
import io.github.lede.UnreadableInputException;
import io.github.lede.extractor.html.content.Block;
import io.github.lede.extractor.html.content.ContentExtractor;
import io.github.lede.extractor.html.decode.HtmlDecoder;
import io.github.lede.extractor.html.dom.DocumentOrder;
import io.github.lede.extractor.html.metadata.MetadataExtractor;
import io.github.lede.extractor.html.metadata.PageMetadata;
import io.github.lede.model.Article;
import io.github.lede.model.Paragraph;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.ArticleExtractor;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import io.github.lede.text.TextDecoder;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The article in an HTML or XHTML page: metadata and main text.
 *
 * <p>The page is decoded ({@link HtmlDecoder}: BOM, {@code <meta charset>}, the source's charset
 * hint, detection), parsed once with jsoup, its metadata read ({@link MetadataExtractor}) and
 * then its body found on the same DOM ({@link ContentExtractor}). The article's {@code text}
 * joins the body blocks with a blank line ({@code "\n\n"}); whitespace inside a block is one
 * space and every other character is as the page has it, so the text reads as the plain-text
 * version of the story would.
 *
 * <p>A page with no article (an empty page, a home page, an error page) gives an article with
 * empty text and whatever metadata the page has. An input larger than
 * {@link io.github.lede.Limits#maxInputBytes()} is an {@link InputTooLargeException}; bytes that
 * do not decode to text are an {@link UnreadableInputException}.
 *
 * <p>Registered as {@code "html"} with {@link #GENERAL} priority for {@code text/html} and
 * {@code application/xhtml+xml}. Thread-safe and stateless.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {

    private final MetadataExtractor metadata = new MetadataExtractor();
    private final ContentExtractor content = new ContentExtractor();

    /** Creates the extractor (called by {@link java.util.ServiceLoader}). */
    public HtmlArticleExtractor() {
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public int priority() {
        return GENERAL;
    }

    @Override
    public boolean supports(Source source) {
        return MediaTypes.isHtml(source.contentType());
    }

    @Override
    public Article extract(Source source, AnalysisContext context) {
        String input = source.name().orElse(null);
        long max = context.limits().maxInputBytes();
        if (source.isLargerThan(max)) {
            throw new InputTooLargeException("input is larger than the limit of " + max + " bytes (" + source.size()
                    + " bytes)", input, max);
        }
        String html = source.text().orElseGet(() -> HtmlDecoder.decode(source.bytes(), source.charset().orElse(null)));
        if (!TextDecoder.isMostlyText(html)) {
            throw new UnreadableInputException("the page is not text (binary data or an unknown encoding)", input);
        }
        context.checkDeadline("html decoding");
        String url = source.url().orElse("");
        Document doc = Jsoup.parse(html, url);
        context.checkDeadline("html parsing");
        DocumentOrder order = DocumentOrder.of(doc);
        PageMetadata meta = metadata.extract(order, source.url().orElse(null));
        context.checkDeadline("html metadata");
        List<Block> blocks = content.extract(order, meta.title(), meta.authors(), meta.articleBody(), context);

        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(b.text());
            paragraphs.add(new Paragraph(start, text.length(), b.kind()));
        }
        return Article.builder(text.toString())
                .source(input)
                .url(source.url().orElse(null))
                .title(meta.title().orElse(null))
                .authors(meta.authors())
                .published(meta.published().orElse(null))
                .modified(meta.modified().orElse(null))
                .siteName(meta.siteName().orElse(null))
                .language(meta.language().orElse(null))
                .description(meta.description().orElse(null))
                .image(meta.image().orElse(null))
                .canonicalUrl(meta.canonicalUrl().orElse(null))
                .paragraphs(paragraphs)
                .build();
    }
}
