package io.github.lede.extractor.html.warc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.InputTooLargeException;
import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.UnreadableInputException;
import io.github.lede.spi.InputItem;
import io.github.lede.spi.InputProbe;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Archives written with jwarc in the test, read through {@link Lede#expand(Path)}. */
class WarcExpanderTest {

    private static final String PAGE = "<!doctype html><html><head><title>%s</title></head><body><p>%s</p></body></html>";

    private final Lede lede = Lede.builder().noAnnotators().maxInputBytes(4096).build();

    /** Each item as "name: url | type | charset | payload" or "name: ExceptionType". */
    private static List<String> describe(Stream<InputItem> items) {
        List<String> out = new ArrayList<>();
        items.forEach(item -> {
            try {
                Source s = item.source();
                byte[] b = new byte[s.size()];
                s.bytes().get(b);
                out.add(item.name() + ": " + s.url().orElse("?") + " | " + s.contentType() + " | "
                        + s.charset().map(Charset::name).orElse("-") + " | "
                        + new String(b, s.charset().orElse(StandardCharsets.UTF_8)));
            } catch (LedeException e) {
                assertEquals(item.name(), e.input().orElseThrow(), "the error names the record");
                out.add(item.name() + ": " + e.getClass().getSimpleName());
            }
        });
        return out;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void oneItemPerHtmlResponseAndOnePerBrokenRecord(boolean gzip, @TempDir Path dir) throws IOException {
        TestArchive w = new TestArchive(gzip);
        w.warcinfo().request("https://news.example/one");
        w.response("https://news.example/one", 200, "text/html; charset=windows-1252",
                PAGE.formatted("Caf\u00e9", "Caf\u00e9 opens").getBytes(Charset.forName("windows-1252")));
        w.response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        w.response("https://news.example/gone", 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8));
        w.response("https://news.example/moved", 301, "text/html", new byte[0], "Location", "/one");
        long badHeader = w.position();
        w.rawResponse("https://news.example/bad", "HTTP/1.1 OK-ish\r\nContent-Type: text/html\r\n\r\n<p>x</p>");
        w.response("https://news.example/two", 200, "application/xhtml+xml",
                PAGE.formatted("Two", "Second").getBytes(StandardCharsets.UTF_8));
        long huge = w.position();
        w.html("https://news.example/huge", PAGE.formatted("Huge", "word ".repeat(2000)));
        w.response("https://news.example/zipped", 200, "text/html; charset=utf-8",
                gzip(PAGE.formatted("Zipped", "Encoded \u2014 in transit")), "Content-Encoding", "gzip");
        w.response("https://news.example/feed.json", 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        long last = w.position();
        w.html("https://news.example/last", PAGE.formatted("Last", "cut off ".repeat(300)));
        w.close();
        byte[] all = w.toByteArray();
        Path archive = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
        Files.write(archive, Arrays.copyOf(all, all.length - 40)); // the last record loses its end

        List<String> items;
        try (Stream<InputItem> s = lede.expand(archive)) {
            items = describe(s);
        }
        assertEquals(List.of(
                "https://news.example/one: https://news.example/one | text/html | windows-1252 | "
                        + PAGE.formatted("Caf\u00e9", "Caf\u00e9 opens"),
                archive + "#" + badHeader + ": UnreadableInputException",
                "https://news.example/two: https://news.example/two | application/xhtml+xml | - | "
                        + PAGE.formatted("Two", "Second"),
                archive + "#" + huge + ": InputTooLargeException",
                "https://news.example/zipped: https://news.example/zipped | text/html | UTF-8 | "
                        + PAGE.formatted("Zipped", "Encoded \u2014 in transit"),
                archive + "#" + last + ": UnreadableInputException"), items);
    }

    @Test
    void aPayloadOverTheLimitIsRefusedWithTheLimit(@TempDir Path dir) throws IOException {
        TestArchive w = new TestArchive(true);
        w.html("https://news.example/huge", PAGE.formatted("Huge", "word ".repeat(2000)));
        w.html("https://news.example/small", PAGE.formatted("Small", "Fine."));
        w.close();
        Path archive = Files.write(dir.resolve("a.warc.gz"), w.toByteArray());
        List<InputItem> items;
        try (Stream<InputItem> s = lede.expand(archive)) {
            items = s.toList();
        }
        assertEquals(2, items.size());
        InputTooLargeException e = assertThrows(InputTooLargeException.class, () -> items.get(0).source());
        assertEquals(4096, e.limit());
        assertEquals(archive + "#0", e.input().orElseThrow());
        assertEquals("https://news.example/small", items.get(1).source().url().orElseThrow());
    }

    @Test
    void anArchiveWithoutHtmlGivesNoItems(@TempDir Path dir) throws IOException {
        TestArchive w = new TestArchive(false);
        w.warcinfo().request("https://x.example/a.css");
        w.response("https://x.example/a.css", 200, "text/css", "p{}".getBytes(StandardCharsets.UTF_8));
        w.close();
        Path archive = Files.write(dir.resolve("styles.warc"), w.toByteArray());
        try (Stream<InputItem> s = lede.expand(archive)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void aFileThatIsNotAWarcDespiteItsNameFailsAtItsFirstRecord(@TempDir Path dir) throws IOException {
        Path archive = Files.writeString(dir.resolve("notes.warc"), "Just some notes.\n");
        List<String> items;
        try (Stream<InputItem> s = lede.expand(archive)) {
            items = describe(s);
        }
        assertEquals(List.of(archive + "#0: UnreadableInputException"), items);
    }

    @Test
    void recognisedByNameOrByHead() throws IOException {
        WarcExpander x = new WarcExpander();
        TestArchive w = new TestArchive(true);
        w.html("https://news.example/a", PAGE.formatted("A", "a"));
        w.close();
        byte[] gz = w.toByteArray();
        assertTrue(x.supports(probe("crawl.bin", gz)), "a gzip member inflating to WARC/");
        assertTrue(x.supports(probe("CC-NEWS-20240101.WARC.GZ", gz)));
        assertTrue(x.supports(probe("dump", "WARC/1.1\r\nWARC-Type: warcinfo\r\n".getBytes(StandardCharsets.US_ASCII))));
        assertFalse(x.supports(probe("story.txt", "A story.".getBytes(StandardCharsets.UTF_8))));
        assertFalse(x.supports(probe("story.txt.gz", gzip("A story."))));
    }

    @Test
    void closingTheStreamClosesTheArchiveAndReadingIsLazy() throws IOException {
        TestArchive w = new TestArchive(false);
        for (int i = 0; i < 50; i++) {
            w.html("https://news.example/" + i, PAGE.formatted("T" + i, ("Body " + i).repeat(300)));
        }
        w.close();
        byte[] bytes = w.toByteArray();
        AtomicBoolean closed = new AtomicBoolean();
        long[] read = new long[1];
        InputProbe probe = new InputProbe("c.warc", MediaTypes.BINARY, Arrays.copyOf(bytes, 16), () ->
                new FilterInputStream(new ByteArrayInputStream(bytes)) {
                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = super.read(b, off, Math.min(len, 512));
                        read[0] += Math.max(n, 0);
                        return n;
                    }

                    @Override
                    public void close() throws IOException {
                        closed.set(true);
                        super.close();
                    }
                }, null);
        try (Stream<InputItem> s = new WarcExpander().expand(probe, url -> {
            throw new AssertionError(url);
        })) {
            Iterator<InputItem> it = s.iterator();
            assertEquals("https://news.example/0", it.next().name());
            assertTrue(read[0] < bytes.length / 4, "only the first records are read: " + read[0]);
            assertFalse(closed.get());
        }
        assertTrue(closed.get());
    }

    @Test
    void anArchiveReadToItsEndIsClosedEvenIfTheStreamIsNot() throws IOException {
        TestArchive w = new TestArchive(false);
        w.html("https://news.example/a", PAGE.formatted("A", "a"));
        w.close();
        byte[] bytes = w.toByteArray();
        AtomicBoolean closed = new AtomicBoolean();
        InputProbe probe = new InputProbe("a.warc", MediaTypes.BINARY, bytes, () ->
                new FilterInputStream(new ByteArrayInputStream(bytes)) {
                    @Override
                    public void close() throws IOException {
                        closed.set(true);
                        super.close();
                    }
                }, null);
        assertEquals(1, new WarcExpander().expand(probe, url -> null).count());
        assertTrue(closed.get());
    }

    @Test
    void aMissingArchiveFailsAtOnce(@TempDir Path dir) {
        assertThrows(UnreadableInputException.class, () -> lede.expand(dir.resolve("missing.warc.gz")));
    }

    private static InputProbe probe(String name, byte[] bytes) {
        return new InputProbe(name, MediaTypes.detect(java.nio.ByteBuffer.wrap(bytes), name),
                Arrays.copyOf(bytes, Math.min(bytes.length, InputProbe.HEAD_BYTES)),
                () -> new ByteArrayInputStream(bytes), null);
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
