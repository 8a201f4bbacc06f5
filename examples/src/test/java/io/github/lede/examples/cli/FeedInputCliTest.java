package io.github.lede.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.lede.Lede;
import io.github.lede.format.json.JsonLinesFormat;
import io.github.lede.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An RSS feed, as a URL or a saved file, on the command line stands for the pages its items link
 * to, served on the loopback address as plain text; a dead link is one stderr line and the rest
 * are written, in feed order, in every output format.
 */
class FeedInputCliTest {

    private static HttpServer server;
    private static String base;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/bridge", ex -> send(ex, 200, "text/plain; charset=utf-8",
                "The harbour bridge reopened on Monday after six months of repairs.\n\n"
                        + "Traffic returned to normal within hours, the port authority said.\n"));
        server.createContext("/library", ex -> send(ex, 200, "text/plain; charset=utf-8",
                "The council voted on Tuesday to close the old library.\n\nThe building will be sold.\n"));
        server.createContext("/gone", ex -> send(ex, 404, "text/plain", "Not found"));
        server.createContext("/feed", ex -> send(ex, 200, "application/rss+xml", feed()));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String feed() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>Harbour News</title><link>%1$s/</link><description>Local news</description>
                    <item><title>Bridge reopens</title><link>%1$s/bridge</link><dc:creator>Ana Lopes</dc:creator>
                      <pubDate>Mon, 04 Mar 2024 18:00:00 GMT</pubDate></item>
                    <item><title>Old page</title><link>%1$s/gone</link></item>
                    <item><title>Library to close</title><link>/library</link><dc:creator>Tom Reed</dc:creator>
                      <pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate></item>
                  </channel>
                </rss>
                """.formatted(base);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void assertDeadLinkReported(Cli.Result r) {
        assertEquals(1, r.code(), "the dead link fails the batch");
        assertEquals(List.of("lede: " + base + "/gone: HTTP 404 from " + base + "/gone"), r.errLines());
    }

    @Test
    void aFeedUrlGivesItsItemsPagesWithTheItemsTitlesDatesAndAuthors() throws IOException {
        Cli.Result r = Cli.run("analyze", "--no-annotators", "--format", "jsonl", base + "/feed");
        assertDeadLinkReported(r);
        List<Article> articles = new JsonLinesFormat().read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(base + "/bridge", base + "/library"), articles.stream().map(a -> a.url().orElseThrow()).toList());
        assertEquals(List.of("Bridge reopens", "Library to close"), articles.stream().map(a -> a.title().orElseThrow()).toList());
        assertEquals(List.of(List.of("Ana Lopes"), List.of("Tom Reed")), articles.stream().map(Article::authors).toList());
        assertEquals(List.of("2024-03-04T18:00:00Z", "2024-03-05T09:30:00Z"),
                articles.stream().map(a -> a.published().orElseThrow().toString()).toList());
        assertTrue(articles.get(0).text().startsWith("The harbour bridge reopened on Monday"), articles.get(0).text());
    }

    @Test
    void aSavedFeedFileAsXml() throws IOException {
        Path saved = Files.writeString(dir.resolve("news.rss"), feed());
        Cli.Result r = Cli.run("analyze", "--no-annotators", "--format", "xml", saved.toString());
        assertDeadLinkReported(r);
        List<Article> articles = Lede.create().format("xml")
                .read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(base + "/bridge", base + "/library"), articles.stream().map(a -> a.url().orElseThrow()).toList());
    }

    @Test
    void aFeedInAFeedOut() throws Exception {
        Cli.Result r = Cli.run("analyze", "--no-annotators", "--format", "rss", base + "/feed");
        assertDeadLinkReported(r);
        SyndFeed out = new SyndFeedInput().build(new StringReader(r.out()));
        assertEquals(List.of("Bridge reopens", "Library to close"), out.getEntries().stream().map(SyndEntry::getTitle).toList());
        assertEquals(List.of(base + "/bridge", base + "/library"), out.getEntries().stream().map(SyndEntry::getLink).toList());
        assertEquals(List.of("Ana Lopes", "Tom Reed"), out.getEntries().stream().map(SyndEntry::getAuthor).toList());
    }

    @Test
    void aBrokenFeedIsOneLine() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.rss"), "<rss version=\"2.0\"><channel><title>Cut");
        Cli.Result r = Cli.run("analyze", "--no-annotators", broken.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("lede: " + broken + ": not a readable RSS or Atom feed"), r.err());
        assertEquals("", r.out());
    }
}
