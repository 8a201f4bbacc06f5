package io.github.lede.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.InputTooLargeException;
import io.github.lede.Limits;
import io.github.lede.UnreadableInputException;
import io.github.lede.spi.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages stored gzipped, as crawls and data sets keep them, read as the page inside. */
class GzipInputTest {

    private static final String PAGE = "<!doctype html><html><head><title>Council votes</title></head>"
            + "<body><p>The council voted on Tuesday.</p></body></html>";

    private static SourceLoader loader(long maxBytes) {
        return new SourceLoader(Limits.DEFAULT.withMaxInputBytes(maxBytes), "test", Duration.ofSeconds(1));
    }

    @Test
    void aGzippedPageIsReadAsThePageInside(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("story.html.gz");
        Files.write(file, gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        Source s = loader(1 << 20).load(file).build();
        assertEquals("text/html", s.contentType());
        assertEquals(file.toString(), s.name().orElseThrow(), "messages still name the file given");
        byte[] inside = new byte[s.bytes().remaining()];
        s.bytes().get(inside);
        assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), inside);
    }

    @Test
    void theNameInsideTheGzipTypesPlainText() throws IOException {
        byte[] text = "Council votes\n\nThe council voted on Tuesday.".getBytes(StandardCharsets.UTF_8);
        Source s = loader(1 << 20).load(new ByteArrayInputStream(gzip(text)), "notes.txt.gz").build();
        assertEquals("text/plain", s.contentType());
        assertEquals(text.length, s.size());
    }

    @Test
    void aGzipBombStopsAtTheInputLimit() throws IOException {
        byte[] zeros = new byte[8 << 20];
        Arrays.fill(zeros, (byte) ' ');
        byte[] bomb = gzip(zeros);
        assertTrue(bomb.length < 64 << 10, "8 MiB of spaces compress to a few KiB");
        InputTooLargeException e = assertThrows(InputTooLargeException.class,
                () -> loader(1 << 20).load(new ByteArrayInputStream(bomb), "bomb.html.gz"));
        assertEquals(1 << 20, e.limit());
    }

    @Test
    void aTruncatedGzipIsATypedError() throws IOException {
        byte[] whole = gzip(PAGE.repeat(50).getBytes(StandardCharsets.UTF_8));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> loader(1 << 20).load(new ByteArrayInputStream(cut), "cut.html.gz"));
        assertTrue(e.getMessage().contains("gzip"), e.getMessage());
    }

    @Test
    void aGzippedWarcStaysCompressedForTheExpander() throws IOException {
        byte[] warc = gzip("WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        Source s = loader(1 << 20).load(new ByteArrayInputStream(warc), "crawl.warc.gz").build();
        assertEquals("application/gzip", s.contentType());
        assertEquals(warc.length, s.size());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }
}
