package io.github.lede.benchmarks.inputs;

import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.spi.InputItem;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Shows that a WARC archive far larger than the heap is analysed in constant memory: writes an
 * archive of news-like HTML pages (one response record each, about 60 KB of HTML, seeded random
 * prose; 500 distinct records repeated in turn) of the size asked for, then expands it with {@link Lede#expand(Path)} and analyses every
 * record, sampling the heap in use every 20 ms. Prints the records, articles, time and the peak
 * heap used next to the heap limit.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.lede.benchmarks.inputs.WarcMemoryBenchmark \
 *     --size-mib 1024 --dir /tmp            # a 1 GiB .warc.gz; add --annotators to run them too
 * </pre>
 *
 * Measured on a shared 2-core machine, text extractor, no annotators: a 1,024 MiB
 * {@code .warc.gz} (53,026 records, 3 GiB of article text) under {@code -Xmx256m} peaked at
 * 87 MiB of heap in use, with at most 8 MiB live after any collection ({@code -Xlog:gc}), at
 * about 750 records/s; 200 MiB under {@code -Xmx64m} peaked at 41 MiB.
 *
 * <p>Options: {@code --size-mib N} (archive size on disk, default 200), {@code --dir D} (where the
 * archive is written, default the temp directory; it is deleted afterwards unless
 * {@code --keep}), {@code --plain} (an uncompressed {@code .warc}), {@code --annotators} (run
 * every annotator on the class path; default extraction only). Pages go to the HTML extractor;
 * while none is on the class path they are read as plain text, as {@code lede analyze --type text}
 * does, so the extraction still runs on every record.
 */
public final class WarcMemoryBenchmark {

    private static final int PAGE_BYTES = 60_000;
    private static final int DISTINCT = 500;

    private WarcMemoryBenchmark() {
    }

    /** Runs the benchmark; see the class description for the options. */
    public static void main(String[] args) throws IOException, InterruptedException {
        long sizeMiB = 200;
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        boolean gzip = true;
        boolean annotators = false;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size-mib" -> sizeMiB = Long.parseLong(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--plain" -> gzip = false;
                case "--annotators" -> annotators = true;
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path archive = dir.resolve("lede-memory-" + sizeMiB + "mib" + (gzip ? ".warc.gz" : ".warc"));
        long start = System.nanoTime();
        int written = write(archive, sizeMiB << 20, gzip);
        System.out.printf("wrote %s: %d records, %d MiB, in %.1f s%n", archive, written,
                Files.size(archive) >> 20, (System.nanoTime() - start) / 1e9);
        System.gc();

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        Lede.Builder builder = Lede.builder();
        if (!annotators) {
            builder.noAnnotators();
        }
        Lede lede = builder.build();
        boolean htmlExtractor = lede.registry().extractors().stream().anyMatch(x -> x.name().equals("html"));
        int records = 0;
        int articles = 0;
        int failed = 0;
        long chars = 0;
        start = System.nanoTime();
        try (Stream<InputItem> items = lede.expand(archive)) {
            Iterator<InputItem> it = items.iterator();
            while (it.hasNext()) {
                InputItem item = it.next();
                records++;
                try {
                    Source source = item.source();
                    if (!htmlExtractor) {
                        source = source.toBuilder().contentType(MediaTypes.TEXT).build();
                    }
                    chars += lede.analyze(source).text().length();
                    articles++;
                } catch (LedeException e) {
                    failed++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        System.out.printf("analysed %d records (%s extractor%s): %d articles, %d failed, %d MiB of text, in %.1f s"
                + " (%.0f records/s)%n", records, htmlExtractor ? "html" : "text", annotators ? ", all annotators" : "",
                articles, failed, chars >> 20, seconds, records / seconds);
        System.out.printf("peak heap used %d MiB (sampled every 20 ms) of max heap %d MiB; archive %d MiB%n",
                peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20, Files.size(archive) >> 20);
        if (!keep) {
            Files.delete(archive);
        }
    }

    /**
     * Writes {@value #DISTINCT} distinct response records (seeded random news-like HTML, each its
     * own gzip member when compressed), then repeats them in turn until the file reaches
     * {@code size} bytes: the reader still inflates and parses every record, and a 1 GiB archive
     * is written in seconds instead of the quarter of an hour compressing it afresh would take.
     */
    private static int write(Path archive, long size, boolean gzip) throws IOException {
        Random random = new Random(42);
        String[] words = vocabulary(random);
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < DISTINCT; i++) {
            ByteArrayOutputStream record = new ByteArrayOutputStream();
            try (WarcWriter w = new WarcWriter(Channels.newChannel(record),
                    gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
                byte[] page = page(random, words, i).getBytes(StandardCharsets.UTF_8);
                w.write(new WarcResponse.Builder(URI.create("https://news.example/story/" + i))
                        .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, page).build()).build());
            }
            records.add(record.toByteArray());
        }
        int n = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(archive), 1 << 16)) {
            for (long written = 0; written < size; n++) {
                byte[] record = records.get(n % DISTINCT);
                out.write(record);
                written += record.length;
            }
        }
        return n;
    }

    private static String[] vocabulary(Random random) {
        String[] syllables = {"ba", "ro", "ten", "mi", "sal", "or", "ka", "lin", "de", "vu", "tra", "po", "shi", "an",
            "el", "gor", "mu", "fen", "qui", "zo"};
        String[] words = new String[3000];
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int s = 1 + random.nextInt(3); s > 0; s--) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            words[i] = w.toString();
        }
        return words;
    }

    private static String page(Random random, String[] words, int n) {
        StringBuilder b = new StringBuilder(PAGE_BYTES + 2000);
        b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story ").append(n)
                .append("</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Story ").append(n)
                .append("</h1>\n");
        while (b.length() < PAGE_BYTES) {
            b.append("<p>");
            for (int sentence = 2 + random.nextInt(4); sentence > 0; sentence--) {
                int length = 8 + random.nextInt(18);
                for (int i = 0; i < length; i++) {
                    String w = words[random.nextInt(words.length)];
                    b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w)
                            .append(i == length - 1 ? ". " : " ");
                }
            }
            b.append("</p>\n");
        }
        return b.append("</article><footer>Example News</footer></body></html>").toString();
    }
}
