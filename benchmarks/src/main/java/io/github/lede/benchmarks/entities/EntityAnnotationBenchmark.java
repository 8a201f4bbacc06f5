package io.github.lede.benchmarks.entities;

import io.github.lede.Lede;
import io.github.lede.extractor.entities.EntityAnnotator;
import io.github.lede.model.Article;
import io.github.lede.spi.AnalysisContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
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
 * Articles per second through the entity annotator alone, single thread, cycling over the plain-text
 * articles of the gold corpus (extracted once, in setup).
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EntityAnnotationBenchmark
 * </pre>
 *
 * {@code -p corpus=PATH} measures another folder of articles with gold files.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EntityAnnotationBenchmark {

    /** The folder of corpus articles. */
    @Param("../shared/corpus")
    public String corpus;

    private List<Article> articles;
    private EntityAnnotator annotator;
    private int next;

    /** Extracts every article once. */
    @Setup
    public void setUp() {
        Lede lede = Lede.builder().noAnnotators().build();
        articles = CorpusArticles.articles(Path.of(corpus), false).stream()
                .map(p -> CorpusArticles.load(lede, p)).filter(Objects::nonNull).toList();
        if (articles.isEmpty()) {
            throw new IllegalStateException("no articles in " + corpus);
        }
        annotator = new EntityAnnotator();
    }

    /** Annotates the next article; one operation is one article. */
    @Benchmark
    public Article annotate() {
        Article a = articles.get(next);
        next = (next + 1) % articles.size();
        return annotator.annotate(a, AnalysisContext.standalone());
    }
}
