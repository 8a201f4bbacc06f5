package io.github.lede.examples.plugin;

import io.github.lede.UnsupportedInputException;
import io.github.lede.model.Article;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import io.github.lede.model.Timestamp;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.ArticleExtractor;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An example plugin: a site-specific {@link ArticleExtractor} for the (invented) Example Gazette at
 * {@code news.example-gazette.test}. It shows what a plugin needs — a class, a
 * {@code META-INF/services/io.github.lede.spi.ArticleExtractor} line, and a priority of
 * {@link #SPECIFIC} so that it wins over Lede's general HTML extractor for this one site.
 *
 * <p>The Gazette's story pages look like this; everything outside the story, and anything in the
 * body but headings, paragraphs, block quotes and list items (related links, adverts), is left out:
 *
 * <pre>{@code
 * <html lang="en">
 *   <head><meta property="og:site_name" content="The Example Gazette">
 *         <link rel="canonical" href="https://news.example-gazette.test/story/123"></head>
 *   <body>
 *     <nav>...</nav>
 *     <article class="gz-story">
 *       <h1 class="gz-headline">Headline</h1>
 *       <p class="gz-standfirst">One-sentence summary.</p>
 *       <span class="gz-byline">By Jane Roe and John Doe</span>
 *       <time datetime="2024-02-08T10:15:00Z">8 February 2024</time>
 *       <div class="gz-body">
 *         <p>First paragraph.</p>
 *         <h2>A crosshead</h2>
 *         <blockquote>A quoted passage.</blockquote>
 *         <ul><li>A list item.</li></ul>
 *         <aside class="gz-related">READ ALSO: another story</aside>
 *       </div>
 *     </article>
 *   </body>
 * </html>
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class GazetteExtractor implements ArticleExtractor {

    /** The Gazette's host, as {@link Source#host()} gives it. */
    public static final String HOST = "news.example-gazette.test";

    private static final Pattern BYLINE_PREFIX = Pattern.compile("^(?i)by\\s+");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");

    /** The extractor, as {@link java.util.ServiceLoader} creates it. */
    public GazetteExtractor() {
    }

    @Override
    public String name() {
        return "example-gazette";
    }

    @Override
    public int priority() {
        return SPECIFIC;
    }

    /** HTML pages from {@value #HOST}. */
    @Override
    public boolean supports(Source source) {
        return MediaTypes.isHtml(source.contentType()) && source.host().filter(HOST::equals).isPresent();
    }

    /**
     * Extracts the story from a Gazette page.
     *
     * @throws UnsupportedInputException if the page holds no {@code <article class="gz-story">}
     *     (an index or error page)
     */
    @Override
    public Article extract(Source source, AnalysisContext context) {
        Document page = parse(source);
        Element story = page.selectFirst("article.gz-story");
        if (story == null) {
            throw new UnsupportedInputException("not an Example Gazette story: the page has no "
                    + "<article class=\"gz-story\">", source.name().orElse(null));
        }
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Element block : story.select("div.gz-body > p, div.gz-body > h2, div.gz-body > h3, "
                + "div.gz-body > blockquote, div.gz-body > ul > li, div.gz-body > ol > li")) {
            context.checkDeadline(name() + " extraction");
            String words = block.text().strip();
            if (words.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            paragraphs.add(new Paragraph(text.length(), text.length() + words.length(), kind(block)));
            text.append(words);
        }
        return Article.builder(text.toString())
                .title(textOf(story.selectFirst("h1.gz-headline")))
                .description(textOf(story.selectFirst(".gz-standfirst")))
                .authors(authors(textOf(story.selectFirst(".gz-byline"))))
                .published(timestamp(story.selectFirst("time[datetime]")))
                .siteName(page.select("meta[property=og:site_name]").attr("content"))
                .language(language(page.select("html").attr("lang")))
                .canonicalUrl(page.select("link[rel=canonical]").attr("abs:href"))
                .paragraphs(paragraphs)
                .build();
    }

    private static Document parse(Source source) {
        String base = source.url().orElse("https://" + HOST + "/");
        if (source.text().isPresent()) {
            return Jsoup.parse(source.text().get(), base);
        }
        ByteBuffer bytes = source.bytes();
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            // jsoup honours a BOM and <meta charset>; the transport's charset, when known, comes first
            return Jsoup.parse(new ByteArrayInputStream(raw), source.charset().map(Charset::name).orElse(null), base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParagraphKind kind(Element block) {
        return switch (block.normalName()) {
            case "h2", "h3" -> ParagraphKind.HEADING;
            case "blockquote" -> ParagraphKind.BLOCKQUOTE;
            case "li" -> ParagraphKind.LIST_ITEM;
            default -> ParagraphKind.PARAGRAPH;
        };
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    /** "By Jane Roe, Ann Lee and John Doe" gives the three names. */
    static List<String> authors(String byline) {
        if (byline == null) {
            return List.of();
        }
        String names = BYLINE_PREFIX.matcher(byline.strip()).replaceFirst("");
        return Arrays.asList(AUTHOR_SEPARATOR.split(names));
    }

    private static Timestamp timestamp(Element time) {
        if (time == null) {
            return null;
        }
        try {
            return Timestamp.parse(time.attr("datetime"));
        } catch (IllegalArgumentException e) {
            return null; // a malformed date is left out rather than failing the whole story
        }
    }

    /** The primary subtag of a BCP-47 tag: {@code en-GB} gives {@code en}. */
    private static String language(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
