package io.github.lede.extractor.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.InputTooLargeException;
import io.github.lede.Limits;
import io.github.lede.model.Article;
import io.github.lede.model.ParagraphKind;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.ArticleExtractor;
import io.github.lede.spi.Source;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** One small page per rule of the extractor. */
class HtmlArticleExtractorTest {

    private static final String PARA_1 = "The council voted on Tuesday to close the old bridge, citing a report that found "
            + "corrosion in three of its four main supports, and said repairs would cost more than a new crossing.";
    private static final String PARA_2 = "Residents who cross the river daily will have to use the ferry, which the council "
            + "said would run every twenty minutes, free of charge, until the new bridge opens in two years.";
    private static final String PARA_3 = "“We did not take this decision lightly,” said the council leader, who added that "
            + "the bridge had served the town for more than a century, and that its loss would be felt.";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article extract(String html) {
        return extract(html.getBytes(StandardCharsets.UTF_8), null);
    }

    private Article extract(byte[] bytes, Charset hint) {
        return extractor.extract(Source.bytes(bytes).contentType("text/html").charset(hint)
                .url("https://news.example.com/2024/03/05/bridge-closes").build(), AnalysisContext.standalone());
    }

    @Test
    void isRegisteredForHtml() {
        ArticleExtractor found = ServiceLoader.load(ArticleExtractor.class).stream().map(ServiceLoader.Provider::get)
                .filter(e -> e.name().equals("html")).findFirst().orElseThrow();
        assertTrue(found.supports(Source.text("<p>x</p>").contentType("application/xhtml+xml").build()));
        assertFalse(found.supports(Source.text("plain").contentType("text/plain").build()));
    }

    @Test
    void paragraphsKeepTheirKindsAndFurnitureIsDropped() {
        Article a = extract("<html lang='en-GB'><head><title>Bridge to close | Town Post</title>"
                + "<meta property='og:site_name' content='Town Post'></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                + "<article><h1>Bridge to close</h1><p class='byline'>By Jane Roe</p>"
                + "<div class='share-bar'><a href='#'>Share on Facebook</a></div>"
                + "<p>" + PARA_1 + "</p><h2>What happens next</h2><p>" + PARA_2 + "</p>"
                + "<aside class='related'><a href='/x'>Related: Ferry fares rise</a></aside>"
                + "<blockquote>" + PARA_3 + "</blockquote><ul><li>Ferry every twenty minutes</li></ul>"
                + "<div class='ad-slot'>Advertisement</div></article>"
                + "<section class='comments'><p>I have used that bridge all my life, and I will miss it terribly, said one reader.</p></section>"
                + "<footer>© Town Post. All rights reserved.</footer></body></html>");
        assertEquals(PARA_1 + "\n\nWhat happens next\n\n" + PARA_2 + "\n\n" + PARA_3 + "\n\nFerry every twenty minutes",
                a.text());
        assertEquals(List.of(ParagraphKind.PARAGRAPH, ParagraphKind.HEADING, ParagraphKind.PARAGRAPH,
                ParagraphKind.BLOCKQUOTE, ParagraphKind.LIST_ITEM), a.paragraphs().stream().map(p -> p.kind()).toList());
        assertEquals("Bridge to close", a.title().orElseThrow());
        assertEquals(List.of("Jane Roe"), a.authors());
        assertEquals("Town Post", a.siteName().orElseThrow());
        assertEquals("en", a.language().orElseThrow());
        assertEquals("2024-03-05", a.published().orElseThrow().toString(), "date from the URL");
    }

    @Test
    void bodySplitByDoubleBreaksGivesOneParagraphEach() {
        Article a = extract("<html><body><div class='story'>" + PARA_1 + "<br><br>" + PARA_2 + "<br>\n<br>" + PARA_3
                + "</div></body></html>");
        assertEquals(List.of(PARA_1, PARA_2, PARA_3), a.paragraphs().stream().map(p -> p.text(a.text())).toList());
    }

    @Test
    void bodySpreadOverSiblingContainersIsJoined() {
        Article a = extract("<html><body><div id='main'><div class='chunk'><p>" + PARA_1 + "</p></div>"
                + "<div class='promo'><a href='/sub'>Subscribe now</a></div>"
                + "<div class='chunk'><p>" + PARA_2 + "</p></div><div class='chunk'><p>" + PARA_3 + "</p></div>"
                + "</div></body></html>");
        assertEquals(PARA_1 + "\n\n" + PARA_2 + "\n\n" + PARA_3, a.text());
    }

    @Test
    void jsonLdArticleBodyIsUsedWhenTheDomHasNoBody() {
        Article a = extract("<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Bridge to close\",\"articleBody\":\"" + PARA_1 + "\\n\\n"
                + PARA_2.replace("“", "\\u201c") + "\"}</script></head><body><div id='app'></div></body></html>");
        assertEquals(PARA_1 + "\n\n" + PARA_2, a.text());
        assertEquals("Bridge to close", a.title().orElseThrow());
    }

    @Test
    void jsonLdGraphWithAuthorsAndPublisherIsRead() {
        Article a = extract("<html><head><title>Something else entirely - Site</title>"
                + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"The Ledger\"},"
                + "{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"Bridge &amp; ferry plans\","
                + "\"datePublished\":\"2024-03-05T09:30:00+01:00\",\"dateModified\":\"2024-03-06T10:00:00+01:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"By Ann Lee\"},\"Bo Chan and Cy Diaz\","
                + "{\"@type\":\"Person\",\"url\":\"https://x.example/people/dee-eve\"}],"
                + "\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"The Ledger\"},}]}</script>"
                + "</head><body><p>" + PARA_1 + "</p></body></html>");
        assertEquals("Bridge & ferry plans", a.title().orElseThrow());
        assertEquals(List.of("Ann Lee", "Bo Chan", "Cy Diaz"), a.authors());
        assertEquals("2024-03-05T09:30:00+01:00", a.published().orElseThrow().toString());
        assertEquals("2024-03-06T10:00:00+01:00", a.modified().orElseThrow().toString());
        assertEquals("The Ledger", a.siteName().orElseThrow());
    }

    @Test
    void bylineRolesAndProfileUrlsAreHandled() {
        Article role = extract("<html><body><div class='byline'>By Astrid Lunde, science correspondent</div><p>"
                + PARA_1 + "</p></body></html>");
        assertEquals(List.of("Astrid Lunde"), role.authors());
        Article url = extract("<html><head><meta property='article:author' content='https://x.example/profile/mary-jones'>"
                + "</head><body><p>" + PARA_1 + "</p></body></html>");
        assertEquals(List.of("Mary Jones"), url.authors());
        Article agency = extract("<html><head><meta name='author' content='Reuters'></head><body><p>" + PARA_1
                + "</p></body></html>");
        assertEquals(List.of("Reuters"), agency.authors());
    }

    @Test
    void futureAndAncientDatesAreRefused() {
        Article a = extract("<html><head><meta property='article:published_time' content='2999-01-01T00:00:00Z'>"
                + "<meta name='date' content='1970-01-01'></head><body><p>" + PARA_1 + "</p></body></html>");
        assertEquals("2024-03-05", a.published().orElseThrow().toString(), "falls through to the URL's date");
    }

    @Test
    void utf8DeclaredAsLatin1DecodesAsUtf8() {
        byte[] bytes = ("<html><head><meta charset='iso-8859-1'></head><body><p>" + PARA_3 + " Café déjà vu.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Article a = extract(bytes, null);
        assertTrue(a.text().startsWith("“We did not take"), a.text());
        assertTrue(a.text().endsWith("Café déjà vu."), a.text());
    }

    @Test
    void latin1DeclaredByMetaIsHonoured() {
        byte[] bytes = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'></head>"
                + "<body><p>" + PARA_1 + " Caf\u00e9.</p></body></html>").getBytes(Charset.forName("windows-1252"));
        assertTrue(extract(bytes, StandardCharsets.UTF_8).text().endsWith("Caf\u00e9."));
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRead() {
        byte[] bytes = ("<html><body><p>" + PARA_1 + " Caf\u00e9.</p></body></html>").getBytes(StandardCharsets.UTF_16LE);
        assertTrue(extract(bytes, null).text().endsWith("Caf\u00e9."));
    }

    @Test
    void emptyPageGivesEmptyText() {
        Article a = extract("");
        assertEquals("", a.text());
        assertTrue(a.paragraphs().isEmpty());
        Article titled = extract("<html><head><title>Not found</title></head><body></body></html>");
        assertEquals("", titled.text());
        assertEquals("Not found", titled.title().orElseThrow());
    }

    @Test
    void deepNestingDoesNotOverflow() {
        StringBuilder b = new StringBuilder("<html><body>");
        b.append("<div>".repeat(10_000)).append("<p>").append(PARA_1).append("</p>").append("</div>".repeat(10_000));
        b.append("</body></html>");
        assertEquals(PARA_1, extract(b.toString()).text());
    }

    @Test
    void binaryBytesDeclaredAsHtmlAreATypedError() {
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31 % 9);
        }
        assertThrows(io.github.lede.UnreadableInputException.class, () -> extract(junk, null));
    }

    @Test
    void inputOverTheLimitIsRefusedBeforeParsing() {
        Source big = Source.bytes(new byte[2048]).contentType("text/html").build();
        AnalysisContext small = AnalysisContext.start(Limits.DEFAULT.withMaxInputBytes(1024), big);
        assertThrows(InputTooLargeException.class, () -> extractor.extract(big, small));
    }
}
