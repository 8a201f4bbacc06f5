package io.github.lede.format.rss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import io.github.lede.Lede;
import io.github.lede.model.Article;
import io.github.lede.model.Cue;
import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Mention;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import io.github.lede.model.Quote;
import io.github.lede.model.QuoteType;
import io.github.lede.model.Speaker;
import io.github.lede.model.Timestamp;
import io.github.lede.spi.ArticleFormat;
import io.github.lede.spi.ArticleWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class FeedFormatsTest {

    private static final String BODY = "Talks resume\n\n"
            + "Antony Blinken met Benny Gantz on Thursday.\n\n"
            + "“We are close,” Blinken said. It was <not> over & done.\n\n"
            + "First point\n\nSecond point\n\n"
            + "A statement.";

    /** Every field, entities and quotes, two authors, a date with an offset. */
    private static Article full() {
        String t = BODY;
        int blinken = t.indexOf("Antony Blinken");
        int q = t.indexOf("We are close");
        int said = t.indexOf("said");
        int speaker = t.indexOf("Blinken said");
        Entity e1 = Entity.builder("E1", EntityType.PERSON, "Antony Blinken").addAlias("Blinken")
                .addMention(Mention.of(t, blinken, blinken + 14)).addMention(Mention.of(t, speaker, speaker + 7))
                .salience(0.5).build();
        Quote q1 = Quote.builder("Q1", QuoteType.DIRECT, Mention.of(t, q, q + 13))
                .speaker(Speaker.of("Antony Blinken", Mention.of(t, speaker, speaker + 7)).withEntity("E1"))
                .cue(Cue.of(t, said, said + 4)).confidence(0.9).build();
        int first = t.indexOf("First point");
        int second = t.indexOf("Second point");
        int statement = t.indexOf("A statement.");
        return Article.builder(t)
                .url("https://news.example.org/2024/02/talks")
                .title("Talks “resume” & go on")
                .description("Blinken meets Gantz <again>")
                .authors(List.of("Jane Doe", "John O’Reilly"))
                .published(Timestamp.parse("2024-02-08T10:15:00+01:00"))
                .modified(Timestamp.parse("2024-02-08T12:00:00Z"))
                .siteName("Example News").language("en")
                .paragraphs(List.of(new Paragraph(0, 12, ParagraphKind.HEADING),
                        new Paragraph(14, t.indexOf("\n\n“"), ParagraphKind.PARAGRAPH),
                        new Paragraph(t.indexOf("“"), first - 2, ParagraphKind.PARAGRAPH),
                        new Paragraph(first, first + 11, ParagraphKind.LIST_ITEM),
                        new Paragraph(second, second + 12, ParagraphKind.LIST_ITEM),
                        new Paragraph(statement, t.length(), ParagraphKind.BLOCKQUOTE)))
                .entities(List.of(e1)).quotes(List.of(q1)).build();
    }

    /** Only a canonical URL, a bare date, one author. */
    private static Article canonicalOnly() {
        return Article.builder("Second story.\n\nIt has two paragraphs.")
                .canonicalUrl("https://news.example.org/2024/02/second")
                .title("Second story").authors(List.of("Ann Lee"))
                .published(Timestamp.parse("2024-02-07")).siteName("Example News").language("en").build();
    }

    /** No link, no title, no date, a control character. */
    private static Article bare() {
        return Article.builder("Untitled \u0001 text.").source("notes.txt").build();
    }

    @Test
    void rssParsesBackWithRome() throws Exception {
        byte[] rss = write(new RssFormat(), full(), canonicalOnly(), bare());
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(rss)));
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals(3, feed.getEntries().size());

        SyndEntry a = feed.getEntries().get(0);
        assertEquals("Talks “resume” & go on", a.getTitle());
        assertEquals("https://news.example.org/2024/02/talks", a.getLink());
        assertEquals(Date.from(Instant.parse("2024-02-08T09:15:00Z")), a.getPublishedDate());
        assertEquals(List.of("Jane Doe", "John O’Reilly"), ((DCModule) a.getModule(DCModule.URI)).getCreators());
        assertEquals("Blinken meets Gantz &lt;again&gt;", a.getDescription().getValue());
        String html = a.getContents().get(0).getValue();
        assertTrue(html.startsWith("<h2>Talks resume</h2>\n<p>Antony Blinken met Benny Gantz on Thursday.</p>\n"), html);
        assertTrue(html.contains("<p>“We are close,” Blinken said. It was &lt;not&gt; over &amp; done.</p>\n"), html);
        assertTrue(html.contains("<ul><li>First point</li>\n<li>Second point</li>\n</ul>\n"), html);
        assertTrue(html.endsWith("<blockquote><p>A statement.</p>\n</blockquote>\n"), html);
        assertLedeMarkup(a.getForeignMarkup());

        SyndEntry b = feed.getEntries().get(1);
        assertEquals("Second story", b.getTitle());
        assertEquals("https://news.example.org/2024/02/second", b.getLink());
        assertEquals(Date.from(Instant.parse("2024-02-07T00:00:00Z")), b.getPublishedDate());
        assertEquals(List.of("Ann Lee"), ((DCModule) b.getModule(DCModule.URI)).getCreators());
        assertEquals("<p>Second story.</p>\n<p>It has two paragraphs.</p>\n", b.getContents().get(0).getValue());

        SyndEntry c = feed.getEntries().get(2);
        assertNull(c.getTitle());
        assertNull(c.getLink());
        assertNull(c.getPublishedDate());
        assertEquals("<p>Untitled \uFFFD text.</p>\n", c.getContents().get(0).getValue());

        // the channel: shared site and host, newest article time
        assertEquals("Articles analysed by Lede", feed.getTitle(), "the third article has no site name");
        assertEquals("https://news.example.org/2024/02/talks", feed.getLink(), "not all links share a host");
        assertEquals(Date.from(Instant.parse("2024-02-08T12:00:00Z")), feed.getPublishedDate());
    }

    @Test
    void rssGuidsArePermalinksOnlyWhenThereIsALink() throws Exception {
        byte[] rss = write(new RssFormat(), full(), bare());
        Channel channel = (Channel) wire(rss);
        List<Item> items = channel.getItems();
        assertEquals("https://news.example.org/2024/02/talks", items.get(0).getGuid().getValue());
        assertTrue(items.get(0).getGuid().isPermaLink());
        assertTrue(items.get(1).getGuid().getValue().startsWith("urn:uuid:"));
        assertFalse(items.get(1).getGuid().isPermaLink());
        assertEquals(items.get(1).getGuid().getValue(), ((Channel) wire(write(new RssFormat(), bare()))).getItems()
                .get(0).getGuid().getValue(), "the id is derived from the article, so it is stable");
    }

    @Test
    void rssDeclaresItsNamespacesOnceOnTheRoot() throws IOException {
        String rss = new String(write(new RssFormat(), full(), canonicalOnly()), StandardCharsets.UTF_8);
        assertTrue(rss.contains("<rss xmlns:"), rss);
        assertTrue(rss.contains("xmlns:lede=\"" + RssFormat.LEDE_NAMESPACE + "\""), rss);
        assertEquals(rss.indexOf("xmlns:lede"), rss.lastIndexOf("xmlns:lede"), rss);
        assertTrue(rss.contains("<dc:creator>Jane Doe</dc:creator>"), rss);
        assertTrue(rss.contains("<content:encoded>"), rss);
        assertTrue(rss.contains("<pubDate>Thu, 08 Feb 2024 09:15:00 GMT</pubDate>"), rss);
    }

    @Test
    void channelTakesTheSharedSiteAndHost() throws Exception {
        Article other = canonicalOnly().toBuilder().url("https://news.example.org/x").build();
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(
                write(new RssFormat(), full(), other))));
        assertEquals("Example News", feed.getTitle());
        assertEquals("https://news.example.org/", feed.getLink());
        assertEquals("en", feed.getLanguage());
        assertEquals("2 articles from Example News, analysed by Lede", feed.getDescription());
    }

    @Test
    void atomParsesBackWithRome() throws Exception {
        byte[] atom = write(new AtomFormat(), full(), canonicalOnly(), bare());
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(atom)));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(3, feed.getEntries().size());

        SyndEntry a = feed.getEntries().get(0);
        assertEquals("Talks “resume” & go on", a.getTitle());
        assertEquals("https://news.example.org/2024/02/talks", a.getLink());
        assertEquals("https://news.example.org/2024/02/talks", a.getUri());
        assertEquals(Date.from(Instant.parse("2024-02-08T09:15:00Z")), a.getPublishedDate());
        assertEquals(Date.from(Instant.parse("2024-02-08T12:00:00Z")), a.getUpdatedDate());
        assertEquals(List.of("Jane Doe", "John O’Reilly"), a.getAuthors().stream().map(SyndPerson::getName).toList());
        assertEquals("Blinken meets Gantz <again>", a.getDescription().getValue());
        assertEquals("html", a.getContents().get(0).getType());
        assertTrue(a.getContents().get(0).getValue().contains("<ul><li>First point</li>"));
        assertLedeMarkup(a.getForeignMarkup());

        SyndEntry b = feed.getEntries().get(1);
        assertEquals("https://news.example.org/2024/02/second", b.getLink());
        assertEquals(Date.from(Instant.parse("2024-02-07T00:00:00Z")), b.getPublishedDate());
        assertEquals(List.of("Ann Lee"), b.getAuthors().stream().map(SyndPerson::getName).toList());

        SyndEntry c = feed.getEntries().get(2);
        assertTrue(c.getUri().startsWith("urn:uuid:"), c.getUri());
        assertEquals(feed.getPublishedDate(), c.getUpdatedDate(), "an undated entry takes the feed's time");
        assertEquals(Date.from(Instant.parse("2024-02-08T12:00:00Z")), feed.getPublishedDate());
    }

    @Test
    void writersKeepArticlesUntilCloseAndLeaveTheStreamOpen() throws IOException {
        for (ArticleFormat format : List.of(new RssFormat(), new AtomFormat())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ArticleWriter w = format.writer(out);
            w.write(full());
            assertEquals(0, out.size(), format.name());
            w.close();
            int size = out.size();
            w.close();
            assertEquals(size, out.size(), "close is idempotent");
            out.write('x'); // still open
            assertTrue(size > 0);
        }
    }

    @Test
    void anEmptyBatchIsAValidEmptyFeed() throws Exception {
        for (ArticleFormat format : List.of(new RssFormat(), new AtomFormat())) {
            SyndFeed feed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(write(format))));
            assertEquals(List.of(), feed.getEntries());
            assertEquals("Articles analysed by Lede", feed.getTitle());
        }
    }

    @Test
    void formatsAreFoundByServiceLoader() {
        Lede lede = Lede.create();
        assertInstanceOf(RssFormat.class, lede.format("rss"));
        assertInstanceOf(AtomFormat.class, lede.format("atom"));
        assertEquals("application/rss+xml", new RssFormat().mediaType());
        assertEquals("application/atom+xml", new AtomFormat().mediaType());
        assertFalse(new RssFormat().canRead());
        assertFalse(new AtomFormat().canRead());
    }

    private static void assertLedeMarkup(List<Element> markup) {
        List<Element> lede = markup.stream().filter(e -> RssFormat.LEDE_NAMESPACE.equals(e.getNamespaceURI())).toList();
        assertEquals(2, lede.size(), lede.toString());
        Element entity = lede.get(0);
        assertEquals("entity", entity.getName());
        assertEquals("Antony Blinken", entity.getText());
        assertEquals("E1", entity.getAttributeValue("id"));
        assertEquals("PERSON", entity.getAttributeValue("type"));
        assertEquals("2", entity.getAttributeValue("mentions"));
        assertEquals("0.5", entity.getAttributeValue("salience"));
        Element quote = lede.get(1);
        assertEquals("quote", quote.getName());
        assertEquals("We are close,", quote.getText());
        assertEquals("DIRECT", quote.getAttributeValue("type"));
        assertEquals("Antony Blinken", quote.getAttributeValue("speaker"));
        assertEquals("E1", quote.getAttributeValue("entity"));
        assertEquals("said", quote.getAttributeValue("cue"));
        assertEquals("0.9", quote.getAttributeValue("confidence"));
    }

    private static WireFeed wire(byte[] feed) throws Exception {
        return new WireFeedInput().build(new InputSource(new ByteArrayInputStream(feed)));
    }

    private static byte[] write(ArticleFormat format, Article... articles) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArticleWriter w = format.writer(out)) {
            for (Article a : articles) {
                w.write(a);
            }
        }
        return out.toByteArray();
    }
}
