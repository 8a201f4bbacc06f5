package io.github.lede.examples.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.UnsupportedInputException;
import io.github.lede.model.Article;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import io.github.lede.model.Timestamp;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.ArticleExtractor;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.ProviderRegistry;
import io.github.lede.spi.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example plugin: chosen for its site over general extractors, and extracting its layout. */
public class GazetteExtractorTest {

    /** A story page in the Gazette's layout, with furniture around and inside the story. */
    public static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <meta charset="utf-8">
              <title>Harbour ferry to run through the winter | The Example Gazette</title>
              <meta property="og:site_name" content="The Example Gazette">
              <link rel="canonical" href="/story/4411">
            </head>
            <body>
              <nav><a href="/">Home</a> <a href="/news">News</a></nav>
              <article class="gz-story">
                <h1 class="gz-headline">Harbour ferry to run through the winter</h1>
                <p class="gz-standfirst">The council has found the money to keep the crossing open.</p>
                <span class="gz-byline">By Ada Quill and Tom Brandt</span>
                <time datetime="2024-11-02T08:30:00+00:00">2 November 2024</time>
                <div class="gz-body">
                  <p>The harbour ferry will keep   running all winter, the council said on Friday.</p>
                  <aside class="gz-related">READ ALSO: Council approves new bus lanes</aside>
                  <h2>Who pays</h2>
                  <p>“We found the money,” said Councillor Mira Holt.</p>
                  <blockquote>The crossing is a lifeline for the island.</blockquote>
                  <ul><li>Weekday sailings every hour</li><li>Weekend sailings every two hours</li></ul>
                  <div class="gz-ad">Advertisement</div>
                  <p>  </p>
                </div>
              </article>
              <footer>© The Example Gazette</footer>
            </body>
            </html>
            """;

    private static final String GAZETTE_URL = "https://www.news.example-gazette.test/story/4411";

    private static Source page(String url, String html) {
        return Source.bytes(html.getBytes(StandardCharsets.UTF_8)).name("story.html").url(url).build();
    }

    @Test
    void extractsTheStoryAndLeavesTheFurnitureOut() {
        Article a = Lede.builder().noAnnotators().build().analyze(page(GAZETTE_URL, PAGE));
        assertEquals("The harbour ferry will keep running all winter, the council said on Friday.\n\n"
                + "Who pays\n\n"
                + "“We found the money,” said Councillor Mira Holt.\n\n"
                + "The crossing is a lifeline for the island.\n\n"
                + "Weekday sailings every hour\n\n"
                + "Weekend sailings every two hours", a.text());
        assertEquals(List.of(ParagraphKind.PARAGRAPH, ParagraphKind.HEADING, ParagraphKind.PARAGRAPH,
                ParagraphKind.BLOCKQUOTE, ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM),
                a.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals("Who pays", a.paragraphs().get(1).text(a.text()));
        assertEquals("Harbour ferry to run through the winter", a.title().orElseThrow());
        assertEquals("The council has found the money to keep the crossing open.", a.description().orElseThrow());
        assertEquals(List.of("Ada Quill", "Tom Brandt"), a.authors());
        assertEquals(Timestamp.parse("2024-11-02T08:30:00+00:00"), a.published().orElseThrow());
        assertEquals("The Example Gazette", a.siteName().orElseThrow());
        assertEquals("en", a.language().orElseThrow());
        assertEquals("https://www.news.example-gazette.test/story/4411", a.canonicalUrl().orElseThrow());
        assertEquals(GAZETTE_URL, a.url().orElseThrow());
        assertFalse(a.text().contains("READ ALSO") || a.text().contains("Advertisement") || a.text().contains("Home"));
    }

    @Test
    void splitsBylines() {
        assertEquals(List.of("Jane Roe", "Ann Lee", "John Doe"), GazetteExtractor.authors("By Jane Roe, Ann Lee and John Doe"));
        assertEquals(List.of("Sandy Anderson"), GazetteExtractor.authors("by Sandy Anderson"));
    }

    @Test
    void aGazettePageWithoutAStoryIsUnsupported() {
        Source index = page(GAZETTE_URL, "<html><body><ul><li><a href=/story/1>One</a></li></ul></body></html>");
        UnsupportedInputException e = assertThrows(UnsupportedInputException.class,
                () -> new GazetteExtractor().extract(index, AnalysisContext.standalone()));
        assertTrue(e.getMessage().startsWith("not an Example Gazette story"), e.getMessage());
    }

    @Test
    void isFoundOnTheClassPathAndChosenForItsSite() {
        // holds whether or not a general HTML extractor is on the class path: the plugin outranks it
        ProviderRegistry registry = Lede.builder().noAnnotators().build().registry();
        assertInstanceOf(GazetteExtractor.class, registry.extractorFor(page(GAZETTE_URL, PAGE)));
    }

    @Test
    void isNotChosenForOtherSitesOrForText() {
        ProviderRegistry registry = Lede.builder().noAnnotators().build().registry();
        for (Source other : List.of(page("https://elsewhere.example/story/4411", PAGE),
                Source.text("Plain words.").url(GAZETTE_URL).contentType(MediaTypes.TEXT).build())) {
            assertFalse(new GazetteExtractor().supports(other), other.toString());
            try {
                assertNotEquals(GazetteExtractor.class, registry.extractorFor(other).getClass());
            } catch (UnsupportedInputException e) {
                // no general extractor on the class path for this content: equally not the plugin
            }
        }
    }

    @Test
    void outranksAGeneralExtractorOnItsSiteOnly() {
        ProviderRegistry registry = ProviderRegistry.of(List.of(new AnyHtml(), new GazetteExtractor()));
        assertInstanceOf(GazetteExtractor.class, registry.extractorFor(page(GAZETTE_URL, PAGE)));
        assertInstanceOf(AnyHtml.class, registry.extractorFor(page("https://elsewhere.example/story/4411", PAGE)));
        Lede lede = Lede.builder().noAnnotators().addProvider(new AnyHtml()).build();
        assertEquals("Harbour ferry to run through the winter",
                lede.analyze(page(GAZETTE_URL, PAGE)).title().orElseThrow());
    }

    /** A general-purpose HTML extractor standing in for the real one: takes the page's title. */
    private static final class AnyHtml implements ArticleExtractor {
        @Override
        public String name() {
            return "any-html";
        }

        @Override
        public boolean supports(Source source) {
            return MediaTypes.isHtml(source.contentType());
        }

        @Override
        public Article extract(Source source, AnalysisContext context) {
            return Article.builder("").title("any-html saw it").build();
        }
    }
}
