package io.github.lede.io;

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
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** URL input against a server on the loopback address; the test fixtures' line extractor reads text/plain. */
class UrlInputTest {

    private static HttpServer server;
    private static String base;
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/story", ex -> send(ex, 200, "text/plain; charset=windows-1252",
                "Caf\u00e9 opens\nThe caf\u00e9 \u2019s owner said so.\n".getBytes(Charset.forName("windows-1252"))));
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/story");
            send(ex, 301, "text/plain", new byte[0]);
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            send(ex, 302, "text/plain", new byte[0]);
        });
        server.createContext("/ftp", ex -> {
            ex.getResponseHeaders().add("Location", "ftp://127.0.0.1/file");
            send(ex, 302, "text/plain", new byte[0]);
        });
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<h1>Not found</h1>".getBytes()));
        server.createContext("/image", ex -> send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        server.createContext("/slow", ex -> {
            try {
                RELEASE.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/plain", "late".getBytes());
        });
        server.createContext("/huge", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse it early
            byte[] line = "All work and no play makes a dull story.\n".repeat(1000).getBytes();
            try (OutputStream out = ex.getResponseBody()) {
                for (long sent = 0; sent < 20L << 20; sent += line.length) {
                    out.write(line);
                }
            } catch (IOException expected) {
                // the client hangs up once the limit is passed
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        RELEASE.countDown();
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private final Lede lede = Lede.builder().noAnnotators().maxInputBytes(1 << 20)
            .timeBudget(Duration.ofMillis(1500)).build();

    @Test
    void fetchesAPageWithTheCharsetOfItsHeader() {
        Article a = lede.analyze(URI.create(base + "/story"));
        assertTrue(a.text().startsWith("Caf\u00e9 opens"), a.text());
        assertEquals(base + "/story", a.url().orElseThrow());
        assertEquals(base + "/story", a.source().orElseThrow());
    }

    @Test
    void followsRedirectsAndKeepsTheFinalUrl() {
        Article a = lede.analyze(URI.create(base + "/moved"));
        assertEquals(base + "/story", a.url().orElseThrow());
        assertEquals(base + "/moved", a.source().orElseThrow());
    }

    @Test
    void eachFailureIsTypedAndNamesTheUrl() {
        assertFails(UnreadableInputException.class, "/loop", "more than 5 redirects");
        assertFails(UnreadableInputException.class, "/ftp", "non-http URL");
        assertFails(UnreadableInputException.class, "/missing", "HTTP 404");
        assertFails(UnsupportedInputException.class, "/image", "image/png");
        assertFails(UnreadableInputException.class, "/slow", "timed out");
        assertFails(InputTooLargeException.class, "/huge", "larger than the limit");
    }

    @Test
    void unreachableHostsAndOtherSchemesAreTypedErrors() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        LedeException e = assertThrows(UnreadableInputException.class,
                () -> lede.analyze(URI.create("http://127.0.0.1:" + closed + "/")));
        assertTrue(e.getMessage().startsWith("cannot fetch"), e.getMessage());
        assertThrows(UnsupportedInputException.class, () -> lede.analyze(URI.create("ftp://127.0.0.1/x")));
    }

    private void assertFails(Class<? extends LedeException> type, String path, String message) {
        LedeException e = assertThrows(type, () -> lede.analyze(URI.create(base + path)));
        assertTrue(e.getMessage().contains(message), path + ": " + e.getMessage());
        assertEquals(base + path, e.input().orElseThrow());
    }

}
