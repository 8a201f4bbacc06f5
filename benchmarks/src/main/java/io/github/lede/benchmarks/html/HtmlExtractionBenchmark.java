package io.github.lede.benchmarks.html;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.github.lede.Lede;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pages per second, single thread, on WCXB article pages: Lede's HTML extraction (metadata and
 * body, no annotators) against a bare {@code Jsoup.parse(html).body().text()}, boilerpipe's
 * {@code ArticleExtractor} and Readability4J, in one run. Each operation extracts one page; the
 * pages rotate, so the score is pages/s over the sample.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar HtmlExtractionBenchmark -p pages=200
 * </pre>
 *
 * The pages are read from {@code ../shared/datasets/wcxb-articles} (or {@code -p dataset=DIR}).
 * boilerpipe and Readability4J are benchmark-only dependencies.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@Threads(1)
public class HtmlExtractionBenchmark {

    /** The WCXB article folder. */
    @Param("../shared/datasets/wcxb-articles")
    public String dataset;

    /** How many pages to rotate over. */
    @Param("200")
    public int pages;

    /** Which extractor: lede, jsoup, boilerpipe or readability4j. */
    @Param({"lede", "jsoup", "boilerpipe", "readability4j"})
    public String extractor;

    private final List<String> html = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();
    private Lede lede;
    private int next;

    /** Loads the pages once. */
    @Setup
    public void setUp() throws IOException {
        Path dir = Path.of(dataset, "html");
        try {
            for (Path f : firstPages(dir, pages)) {
                html.add(read(f));
                urls.add("https://example.com/" + f.getFileName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no WCXB pages at " + dir + " (pass -p dataset=DIR)", e);
        }
        lede = Lede.builder().noAnnotators().build();
    }

    /** The first {@code limit} gzipped pages of {@code dir}, by name. */
    static List<Path> firstPages(Path dir, int limit) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().limit(limit).toList();
        }
    }

    /** A gzipped WCXB page as text (all of them are UTF-8). */
    static String read(Path page) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Extracts the next page's text with the chosen extractor. */
    @Benchmark
    public Object extract() throws Exception {
        int i = next;
        next = (next + 1) % html.size();
        String page = html.get(i);
        switch (extractor) {
            case "lede":
                return lede.analyze(Source.text(page).contentType(MediaTypes.HTML).url(urls.get(i)).build()).text();
            case "jsoup":
                return Jsoup.parse(page).body().text();
            case "boilerpipe":
                return ArticleExtractor.INSTANCE.getText(page);
            case "readability4j":
                return new Readability4J(urls.get(i), page).parse().getTextContent();
            default:
                throw new IllegalArgumentException(extractor);
        }
    }
}
