package io.github.lede.benchmarks;

import io.github.lede.Lede;
import io.github.lede.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long {@link Lede#analyze(byte[])} takes on one article, with every provider on the class
 * path (extraction plus all annotators) and with extraction only.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar AnalyzeBenchmark
 * </pre>
 *
 * The article defaults to the bundled sample; {@code -p file=PATH} measures another.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzeBenchmark {

    /** The article to analyse. */
    @Param("examples/samples/blinken-hostages.txt")
    public String file;

    private byte[] bytes;
    private Lede full;
    private Lede extractOnly;

    /** Reads the article and builds both instances once. */
    @Setup
    public void setUp() {
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("run from the project root, or pass -p file=PATH", e);
        }
        full = Lede.create();
        extractOnly = Lede.builder().noAnnotators().build();
    }

    /** Extraction and every annotator. */
    @Benchmark
    public Article analyze() {
        return full.analyze(bytes);
    }

    /** Extraction alone. */
    @Benchmark
    public Article extract() {
        return extractOnly.analyze(bytes);
    }

    /** The article as a string, for sanity checks from a main method. */
    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
