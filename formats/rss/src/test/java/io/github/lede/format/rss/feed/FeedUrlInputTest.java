package io.github.lede.format.rss.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.lede.InputTooLargeException;
import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.UnreadableInputException;
import io.github.lede.UnsupportedInputException;
import io.github.lede.model.Article;
import io.github.lede.spi.InputItem;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A feed fetched by URL from a server on the loopback address stands for the pages its items
 * link to; each page is analysed with the item's title, date and authors where it lacks them, and
 * each broken link fails alone with a typed error naming it. Pages are served as text/plain so
 * the plain-text extractor reads them; the HTML cases run once an extractor named "html" is on the
 * class path.
 */
class FeedUrlInputTest {

    private static HttpServer server;
    private static String base;
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    /** Plain-text pages: one with its own byline, one with nothing but its body. */
    private static final String BRIDGE = "The harbour bridge reopened on Monday after six months of repairs.\n\n"
            + "By Ana Lopes\n\nTraffic returned to normal within hours, the port authority said.\n";
    private static final String LIBRARY = "The council voted on Tuesday to close the old library, and residents"
            + " said they would appeal.\n\nThe building will be sold next year.\n";
    private static final String HTML_PAGE = "<!doctype html><html><head><title>Rates held steady</title></head>"
            + "<body><article><h1>Rates held steady</h1><p>The central bank held interest rates at four per cent"
            + " on Wednesday, citing slowing inflation across the region.</p><p>Markets had expected the"
            + " decision, and shares rose slightly after the announcement.</p></article></body></html>";

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news/bridge", ex -> send(ex, 200, "text/plain; charset=utf-8", BRIDGE));
        server.createContext("/news/library", ex -> send(ex, 200, "text/plain; charset=utf-8", LIBRARY));
        server.createContext("/news/rates", ex -> send(ex, 200, "text/html; charset=utf-8", HTML_PAGE));
        server.createContext("/news/missing", ex -> send(ex, 404, "text/html", "<h1>Not found</h1>"));
        server.createContext("/news/photo", ex -> {
            ex.getResponseHeaders().add("Content-Type", "image/png");
            ex.sendResponseHeaders(200, 8);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            }
        });
        server.createContext("/news/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/news/loop");
            send(ex, 302, "text/plain", "");
        });
        server.createContext("/news/slow", ex -> {
            try {
                RELEASE.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/plain", "Too late.\n");
        });
        server.createContext("/news/huge", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse it early
            byte[] chunk = "All work and no play makes a dull story.\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                for (long sent = 0; sent < 20L << 20; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException expected) {
                // the client hangs up once the limit is passed
            }
        });
        server.createContext("/rss.xml", ex -> send(ex, 200, "application/rss+xml; charset=utf-8", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>Harbour News</title><link>https://elsewhere.example/</link><description>d</description>
                    <item><title>Bridge reopens</title><link>news/bridge</link>
                      <pubDate>Mon, 04 Mar 2024 18:00:00 +0100</pubDate><dc:creator>Feed Desk</dc:creator>
                      <description>The bridge is open again.</description></item>
                    <item><title>Library to close</title><link>/news/library</link>
                      <pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate><dc:creator>Tom Reed</dc:creator></item>
                    <item><title>Gone</title><link>news/missing</link></item>
                    <item><title>A photo</title><link>news/photo</link></item>
                    <item><title>Loop</title><link>news/loop</link></item>
                    <item><title>Slow</title><link>news/slow</link></item>
                    <item><title>Huge</title><link>news/huge</link></item>
                  </channel>
                </rss>
                """));
        server.createContext("/atom.xml", ex -> send(ex, 200, "text/xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Harbour News</title><id>urn:harbour</id><updated>2024-03-06T00:00:00Z</updated>
                  <entry><title>Library to close</title><id>urn:2</id>
                    <link rel="alternate" href="%1$s/news/library"/>
                    <published>2024-03-05T11:30:00+02:00</published><updated>2024-03-05T12:00:00+02:00</updated>
                    <author><name>Tom Reed</name></author><author><name>Mia Chen</name></author></entry>
                  <entry><title>Gone</title><id>urn:3</id><link href="%1$s/news/missing"/>
                    <updated>2024-03-05T12:00:00Z</updated></entry>
                </feed>
                """.formatted(baseUrl())));
        server.createContext("/html.xml", ex -> send(ex, 200, "application/rss+xml", """
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Markets</title>
                  <description>d</description>
                  <item><title>Feed title</title><link>news/rates</link><dc:creator>Mia Chen</dc:creator>
                    <pubDate>Wed, 06 Mar 2024 14:00:00 GMT</pubDate></item>
                </channel></rss>
                """));
        server.createContext("/not-a-feed.xml", ex -> send(ex, 200, "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>Cut off"));
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        base = baseUrl();
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        RELEASE.countDown();
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private final Lede lede = Lede.builder().noAnnotators().timeBudget(Duration.ofSeconds(2))
            .maxInputBytes(1 << 20).build();

    /** Each item as "name: title | authors | published" or "name: ExceptionType (message)". */
    private List<String> analyseEach(URI feed) {
        List<String> results = new ArrayList<>();
        try (Stream<InputItem> items = lede.expand(feed)) {
            items.forEach(item -> {
                try {
                    Article a = lede.analyze(item.source());
                    results.add(item.name().replace(base, "") + ": " + a.title().orElse("?") + " | "
                            + String.join(", ", a.authors()) + " | " + a.published().map(Object::toString).orElse("?"));
                } catch (LedeException e) {
                    assertEquals(item.name(), e.input().orElseThrow(), "the error names the item");
                    results.add(item.name().replace(base, "") + ": " + e.getClass().getSimpleName());
                }
            });
        }
        return results;
    }

    @Test
    void rssItemsAreAnalysedAndEachBrokenLinkFailsAlone() {
        assertEquals(List.of(
                "/news/bridge: Bridge reopens | Ana Lopes | 2024-03-04T17:00:00Z",
                "/news/library: Library to close | Tom Reed | 2024-03-05T09:30:00Z",
                "/news/missing: UnreadableInputException",
                "/news/photo: UnsupportedInputException",
                "/news/loop: UnreadableInputException",
                "/news/slow: UnreadableInputException",
                "/news/huge: InputTooLargeException"), analyseEach(URI.create(base + "/rss.xml")));
    }

    @Test
    void eachFailureSaysWhatWentWrong() {
        List<InputItem> items;
        try (Stream<InputItem> s = lede.expand(URI.create(base + "/rss.xml"))) {
            items = s.toList();
        }
        assertTrue(assertThrows(UnreadableInputException.class, () -> items.get(2).source()).getMessage()
                .contains("HTTP 404"));
        assertTrue(assertThrows(UnsupportedInputException.class, () -> lede.analyze(items.get(3).source()))
                .getMessage().contains("image/png"));
        assertTrue(assertThrows(UnreadableInputException.class, () -> items.get(4).source()).getMessage()
                .contains("redirects"));
        assertTrue(assertThrows(UnreadableInputException.class, () -> items.get(5).source()).getMessage()
                .contains("timed out"));
        assertEquals(1 << 20, assertThrows(InputTooLargeException.class, () -> items.get(6).source()).limit());
    }

    @Test
    void atomServedAsTextXmlIsAFeedToo() {
        assertEquals(List.of(
                "/news/library: Library to close | Tom Reed, Mia Chen | 2024-03-05T09:30:00Z",
                "/news/missing: UnreadableInputException"), analyseEach(URI.create(base + "/atom.xml")));
    }

    @Test
    void aMalformedFeedFailsAsAWholeNamingItsUrl() {
        String url = base + "/not-a-feed.xml";
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> lede.expand(URI.create(url)));
        assertEquals(url, e.input().orElseThrow());
    }

    @Test
    void anHtmlPageKeepsItsOwnTitleAndTakesTheFeedsAuthorsAndDate() {
        Assumptions.assumeTrue(lede.registry().extractors().stream().anyMatch(x -> x.name().equals("html")),
                "no extractor named html on the class path yet");
        assertEquals(List.of("/news/rates: Rates held steady | Mia Chen | 2024-03-06T14:00:00Z"),
                analyseEach(URI.create(base + "/html.xml")));
    }
}
