package io.github.lede.extractor.html.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.Lede;
import io.github.lede.spi.InputItem;
import io.github.lede.spi.Source;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * An archive three times larger than the heap is read to its end by a JVM started with
 * {@code -Xmx32m}: the expander holds one record at a time, not the archive. (A retained archive
 * ends the child with an OutOfMemoryError and a non-zero exit.)
 */
class WarcStreamingTest {

    private static final int RECORDS = 960;
    private static final int PAYLOAD = 100_000;

    @Test
    void anArchiveLargerThanTheHeapStreams(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("big.warc");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(archive,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE),
                WarcCompression.NONE)) {
            String filler = "<p>Paragraph of a long page, padded to make the record large.</p>\n";
            for (int i = 0; i < RECORDS; i++) {
                StringBuilder page = new StringBuilder(PAYLOAD).append("<html><body><h1>Page ").append(i).append("</h1>");
                while (page.length() < PAYLOAD - filler.length()) {
                    page.append(filler);
                }
                w.write(new WarcResponse.Builder(URI.create("https://big.example/" + i)).body(
                        new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8,
                                page.toString().getBytes(StandardCharsets.UTF_8)).build()).build());
            }
        }
        long size = Files.size(archive);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx32m", "-cp", classPath,
                Drain.class.getName(), archive.toString()))
                .redirectErrorStream(true).start();
        String output;
        try (var in = child.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        child.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, child.exitValue(), output);
        assertEquals(RECORDS + " items, " + (size / (1 << 20)) + " MiB archive", output.lines().reduce((a, b) -> b)
                .orElse(""), output);
    }

    /** Reads every item's source of the archive named by {@code args[0]} and prints how many there were. */
    public static final class Drain {
        public static void main(String[] args) throws IOException {
            Path archive = Path.of(args[0]);
            Lede lede = Lede.builder().noAnnotators().build();
            int n = 0;
            long bytes = 0;
            try (Stream<InputItem> items = lede.expand(archive)) {
                Iterator<InputItem> it = items.iterator();
                while (it.hasNext()) {
                    Source s = it.next().source();
                    bytes += s.size();
                    n++;
                }
            }
            if (bytes < Files.size(archive) / 2) {
                throw new IllegalStateException("read only " + bytes + " payload bytes");
            }
            System.out.println(n + " items, " + (Files.size(archive) / (1 << 20)) + " MiB archive");
        }
    }
}
