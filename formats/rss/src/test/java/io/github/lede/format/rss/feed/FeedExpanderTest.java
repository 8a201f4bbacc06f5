package io.github.lede.format.rss.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.InputTooLargeException;
import io.github.lede.Lede;
import io.github.lede.UnreadableInputException;
import io.github.lede.model.Article;
import io.github.lede.spi.InputExpander;
import io.github.lede.spi.InputItem;
import io.github.lede.spi.InputProbe;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds of every RSS and Atom version, read from memory with a recording fetcher. */
class FeedExpanderTest {

    private final FeedExpander expander = new FeedExpander();

    /** Records the links asked for and gives each an empty text page, so the hints can be read. */
    private final List<String> fetched = new ArrayList<>();
    private final InputExpander.Fetcher fetcher = url -> {
        fetched.add(url);
        return Source.text("page at " + url).name(url).url(url);
    };

    private static InputProbe probe(String name, String xml, String url) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        return new InputProbe(name, io.github.lede.spi.MediaTypes.detect(java.nio.ByteBuffer.wrap(bytes), name),
                java.util.Arrays.copyOf(bytes, Math.min(bytes.length, InputProbe.HEAD_BYTES)),
                () -> new ByteArrayInputStream(bytes), url);
    }

    private List<Source> sources(InputProbe probe) {
        try (Stream<InputItem> items = expander.expand(probe, fetcher)) {
            return items.map(InputItem::source).toList();
        }
    }

    @Test
    void rss2ItemsInOrderWithTheirHints() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>Harbour News</title><link>https://news.example/</link><description>d</description>
                    <item>
                      <title>Bridge &amp; tunnel reopen</title>
                      <link>https://news.example/bridge</link>
                      <pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>
                      <dc:creator>Ana Lopes</dc:creator>
                      <dc:creator>Tom Reed</dc:creator>
                      <description>&lt;p&gt;The bridge &lt;b&gt;reopened&lt;/b&gt; on Monday.&lt;/p&gt;</description>
                    </item>
                    <item>
                      <title>Library closes</title>
                      <link>/library</link>
                      <author>desk@news.example (City Desk)</author>
                    </item>
                    <item>
                      <guid isPermaLink="true">https://news.example/guid-only</guid>
                      <author>desk@news.example</author>
                    </item>
                  </channel>
                </rss>
                """;
        InputProbe probe = probe("feed.xml", rss, null);
        assertTrue(expander.supports(probe));
        List<Source> sources = sources(probe);
        assertEquals(List.of("https://news.example/bridge", "https://news.example/library",
                "https://news.example/guid-only"), fetched, "relative links resolve against the channel link");
        assertEquals(Map.of(Source.HINT_TITLE, "Bridge & tunnel reopen", Source.HINT_PUBLISHED, "2024-03-05T08:30:00Z",
                Source.HINT_AUTHORS, "Ana Lopes, Tom Reed", Source.HINT_DESCRIPTION, "The bridge reopened on Monday."),
                sources.get(0).hints());
        assertEquals(Map.of(Source.HINT_TITLE, "Library closes", Source.HINT_AUTHORS, "City Desk"),
                sources.get(1).hints());
        assertEquals(Map.of(), sources.get(2).hints(), "a bare e-mail address is no author name");
    }

    @Test
    void linksResolveAgainstTheFeedUrlFirst() {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://other.example/</link>"
                + "<item><title>a</title><link>stories/a.html</link></item></channel></rss>";
        sources(probe("https://feeds.example/news/rss.xml", rss, "https://feeds.example/news/rss.xml"));
        assertEquals(List.of("https://feeds.example/news/stories/a.html"), fetched);
    }

    @Test
    void atomEntriesWithAuthorsAndPublishedElseUpdated() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <!-- a comment before the root -->
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Wire</title><id>urn:x</id><updated>2024-03-07T00:00:00Z</updated>
                  <link rel="alternate" href="https://wire.example/"/>
                  <entry>
                    <title type="html">Rates &lt;em&gt;held&lt;/em&gt;</title>
                    <link rel="alternate" href="https://wire.example/rates"/>
                    <id>urn:1</id>
                    <published>2024-03-06T12:00:00+02:00</published>
                    <updated>2024-03-06T13:00:00+02:00</updated>
                    <author><name>Mia Chen</name></author>
                    <author><name>Raj Patel</name></author>
                    <summary>The bank held rates.</summary>
                  </entry>
                  <entry>
                    <title>Only updated</title>
                    <link href="https://wire.example/updated"/>
                    <id>urn:2</id>
                    <updated>2024-03-07T08:15:30Z</updated>
                  </entry>
                </feed>
                """;
        InputProbe probe = probe("wire.atom", atom, null);
        assertTrue(expander.supports(probe));
        List<Source> sources = sources(probe);
        assertEquals(List.of("https://wire.example/rates", "https://wire.example/updated"), fetched);
        assertEquals(Map.of(Source.HINT_TITLE, "Rates held", Source.HINT_PUBLISHED, "2024-03-06T10:00:00Z",
                Source.HINT_AUTHORS, "Mia Chen, Raj Patel", Source.HINT_DESCRIPTION, "The bank held rates."),
                sources.get(0).hints());
        assertEquals("2024-03-07T08:15:30Z", sources.get(1).hints().get(Source.HINT_PUBLISHED));
    }

    @Test
    void rss1AndRss091AndRss090() {
        String rss10 = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link>
                    <description>d</description></channel>
                  <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link>
                    <dc:date>2024-01-02T03:04:05Z</dc:date><dc:creator>Lee Wong</dc:creator></item>
                </rdf:RDF>
                """;
        String rss091 = "<rss version=\"0.91\"><channel><title>Old</title><link>https://old.example/</link>"
                + "<description>d</description><language>en</language>"
                + "<item><title>Old one</title><link>https://old.example/1</link></item></channel></rss>";
        String rss090 = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"><channel><title>Older</title>"
                + "<link>https://older.example/</link><description>d</description></channel>"
                + "<item><title>Oldest</title><link>https://older.example/1</link></item></rdf:RDF>";
        List<Source> one = sources(probe("r.rdf", rss10, null));
        assertEquals(Map.of(Source.HINT_TITLE, "One", Source.HINT_PUBLISHED, "2024-01-02T03:04:05Z",
                Source.HINT_AUTHORS, "Lee Wong"), one.get(0).hints());
        assertEquals("Old one", sources(probe("old.xml", rss091, null)).get(0).hints().get(Source.HINT_TITLE));
        assertEquals("Oldest", sources(probe("older.rdf", rss090, null)).get(0).hints().get(Source.HINT_TITLE));
        assertEquals(List.of("https://r.example/1", "https://old.example/1", "https://older.example/1"), fetched);
    }

    @Test
    void anItemWithoutALinkIsItsOwnContentAsHtml() {
        String rss = """
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel><title>Notes</title><description>d</description>
                    <item><title>Note</title><description>Short.</description>
                      <content:encoded><![CDATA[<p>The whole note.</p>]]></content:encoded></item>
                    <item><title>Teaser</title><description>&lt;p&gt;Only a teaser.&lt;/p&gt;</description></item>
                    <item><title>Empty</title></item>
                  </channel>
                </rss>
                """;
        List<InputItem> items;
        try (Stream<InputItem> s = expander.expand(probe("notes.xml", rss, null), fetcher)) {
            items = s.toList();
        }
        assertEquals(List.of("notes.xml#1", "notes.xml#2", "notes.xml#3"), items.stream().map(InputItem::name).toList());
        Source note = items.get(0).source();
        assertEquals("<p>The whole note.</p>", note.text().orElseThrow());
        assertEquals(MediaTypes.HTML, note.contentType());
        assertEquals("Note", note.hints().get(Source.HINT_TITLE));
        assertEquals("Short.", note.hints().get(Source.HINT_DESCRIPTION));
        assertEquals("<p>Only a teaser.</p>", items.get(1).source().text().orElseThrow());
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> items.get(2).source());
        assertEquals("notes.xml#3", e.input().orElseThrow());
        assertTrue(fetched.isEmpty());
    }

    @Test
    void aMalformedFeedFailsAsAWholeNamingIt() {
        InputProbe broken = probe("broken.xml", "<rss version=\"2.0\"><channel><title>x</title><item>", null);
        assertTrue(expander.supports(broken));
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> expander.expand(broken, fetcher));
        assertEquals("broken.xml", e.input().orElseThrow());
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><description>d</description>"
                + "<item><title>&x;</title><link>https://x.example/</link></item></channel></rss>";
        assertThrows(UnreadableInputException.class, () -> expander.expand(probe("xxe.xml", xxe, null), fetcher));
    }

    @Test
    void aFeedLargerThanTheLimitIsRefused() {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><description>" + "x".repeat(2000)
                + "</description></channel></rss>";
        InputExpander.Fetcher small = new InputExpander.Fetcher() {
            @Override
            public Source.Builder fetch(String url) {
                throw new AssertionError(url);
            }

            @Override
            public io.github.lede.Limits limits() {
                return io.github.lede.Limits.DEFAULT.withMaxInputBytes(1000);
            }
        };
        assertThrows(InputTooLargeException.class, () -> expander.expand(probe("big.xml", rss, null), small));
    }

    @Test
    void supportsFeedsOnlyByTypeOrRoot() {
        assertTrue(FeedExpander.isFeedRoot("<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"a.xsl\"?><rss version=\"2.0\">"));
        assertTrue(FeedExpander.isFeedRoot("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"));
        assertFalse(FeedExpander.isFeedRoot("<feed><item/></feed>"), "not Atom without its namespace");
        assertFalse(FeedExpander.isFeedRoot("<rsstuff/>"));
        assertFalse(FeedExpander.isFeedRoot("<html><body><rss/></body></html>"));
        String xmlRss = "<!-- served as text/xml --><rss version=\"2.0\"><channel/></rss>";
        byte[] b = xmlRss.getBytes(StandardCharsets.UTF_8);
        assertTrue(expander.supports(new InputProbe("u", "text/xml", b, () -> new ByteArrayInputStream(b), "https://x/")));
        assertFalse(expander.supports(probe("page.html", "<html><head><title>t</title></head></html>", null)));
        assertFalse(expander.supports(probe("story.txt", "A story about RSS feeds.", null)));
    }

    @Test
    void theFacadeFindsTheExpanderAndFillsWhatThePageLacks(@TempDir Path dir) throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.xml"), """
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>Notes</title><description>d</description>
                    <item><title>Ferry timetable changes</title><dc:creator>Ana Lopes</dc:creator>
                      <pubDate>Wed, 06 Mar 2024 07:00:00 GMT</pubDate>
                      <content:encoded>The ferry will leave at 8 a.m. from next week.</content:encoded></item>
                  </channel>
                </rss>
                """);
        Lede lede = Lede.builder().noAnnotators().build();
        List<InputItem> items;
        try (Stream<InputItem> s = lede.expand(feed)) {
            items = s.toList();
        }
        assertEquals(1, items.size());
        // content:encoded is analysed as HTML; declare it text here while no HTML extractor is on main
        Article a = lede.analyze(items.get(0).source().toBuilder().contentType(MediaTypes.TEXT).build());
        assertEquals("The ferry will leave at 8 a.m. from next week.", a.text().strip());
        assertEquals("Ferry timetable changes", a.title().orElseThrow());
        assertEquals(List.of("Ana Lopes"), a.authors());
        assertEquals("2024-03-06T07:00:00Z", a.published().orElseThrow().toString());
    }
}
