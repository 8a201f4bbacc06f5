package io.github.lede.examples.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.model.Article;
import io.github.lede.spi.ArticleFormat;
import io.github.lede.spi.ArticleWriter;
import io.github.lede.spi.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One {@link Lede} instance used from 8 threads over the gold corpus and the shared HTML pages
 * gives byte-identical output to a sequential run: no provider keeps state between calls.
 */
class ConcurrencyTest {

    private static List<Path> inputs() throws IOException {
        Path shared = Path.of(System.getProperty("lede.shared.dir", "../shared"));
        List<Path> files = new ArrayList<>();
        Path corpus = shared.resolve("corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.list(corpus)) {
                s.filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".md")).sorted()
                        .forEach(files::add);
            }
        }
        Path readability = shared.resolve("datasets/readability-pages");
        if (Files.isDirectory(readability)) {
            try (Stream<Path> s = Files.list(readability)) {
                s.map(d -> d.resolve("source.html")).filter(Files::exists).sorted().limit(60).forEach(files::add);
            }
        }
        return files;
    }

    /** The JSON of the article, or the error's type and message: what a user would see. */
    private static String outcome(Lede lede, ArticleFormat json, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Article a = lede.analyze(Source.bytes(bytes).name(file.getFileName().toString()).build());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ArticleWriter w = json.writer(out)) {
                w.write(a);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (LedeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eightThreadsGiveTheSameBytesAsOne() throws Exception {
        List<Path> files = inputs();
        assumeTrue(!files.isEmpty(), "the shared corpus is not there");
        Lede lede = Lede.create();
        ArticleFormat json = lede.format("json");
        List<String> sequential = files.stream().map(f -> outcome(lede, json, f)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            // every file three times, interleaved, so threads share the same providers at once
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path f : files) {
                    futures.add(pool.submit(() -> outcome(lede, json, f)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % files.size()), futures.get(i).get(),
                        files.get(i % files.size()).toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
