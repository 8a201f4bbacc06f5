package io.github.lede.examples.threads;

import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import io.github.lede.model.Speaker;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Example: analyses every file in a folder on a fixed pool of threads that share one {@link Lede}
 * — an immutable, thread-safe instance, built once — and prints one summary line per file, in the
 * files' order whatever order the threads finish in, then the throughput:
 *
 * <pre>
 * harbour-bridge.txt: 9 paragraphs, 4 entities, 8 quotes, most quoted: Elena Varga (3)
 * photo.png: failed: no extractor supports image/png content; ...
 * river-festival.txt: 7 paragraphs, 2 entities, 6 quotes, most quoted: Anna Brandt (3)
 * 3 files (1 failed) in 412 ms, threads: 4, 7.3 files/s
 * </pre>
 *
 * <p>Only the last line depends on timing; the others are what a sequential run prints. Files are
 * the folder's regular, non-hidden files (not its subfolders), sorted by name.
 *
 * <p>Run it with the shaded CLI jar:
 * <pre>{@code java -cp examples/target/lede.jar io.github.lede.examples.threads.ParallelScan FOLDER [--threads N]}</pre>
 * {@code N} defaults to the number of processors. Exit code 0 when every file was analysed, 1
 * when some failed, 2 for a usage error or a folder that cannot be listed.
 */
public final class ParallelScan {

    private ParallelScan() {
    }

    /** Runs the example and exits with its exit code when that is not 0. */
    public static void main(String[] args) throws InterruptedException {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the example: {@code args} are {@code FOLDER [--threads N]}; summaries and throughput go
     * to {@code out}, usage errors to {@code err}.
     *
     * @return the exit code: 0 all files analysed, 1 some failed, 2 usage or listing error
     * @throws InterruptedException if interrupted while waiting for the pool
     */
    public static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        if (args.length == 3 && args[1].equals("--threads") && args[2].matches("[1-9][0-9]{0,3}")) {
            threads = Integer.parseInt(args[2]);
        } else if (args.length != 1) {
            err.println("usage: ParallelScan FOLDER [--threads N]   (N from 1 to 9999)");
            return 2;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            err.println("ParallelScan: cannot list " + args[0] + ": " + e);
            return 2;
        }

        Lede lede = Lede.create(); // one instance for all threads
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        int failed = 0;
        try {
            List<Future<Summary>> summaries = new ArrayList<>();
            for (Path file : files) {
                summaries.add(pool.submit(() -> Summary.of(lede, file)));
            }
            for (Future<Summary> summary : summaries) { // in input order: waits for each in turn
                Summary s = summary.get();
                out.println(s.line());
                failed += s.failed() ? 1 : 0;
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%d files (%d failed) in %d ms, threads: %d, %.1f files/s%n", files.size(), failed,
                Math.round(seconds * 1000), threads, files.size() / Math.max(seconds, 1e-9));
        return failed == 0 ? 0 : 1;
    }

    /** What one file gave: its summary line, and whether it failed. */
    record Summary(String line, boolean failed) {

        /** Analyses {@code file} (on a pool thread) and summarises the article or the failure. */
        static Summary of(Lede lede, Path file) {
            String name = file.getFileName().toString();
            try {
                Article article = lede.analyze(file);
                return new Summary(name + ": " + article.paragraphs().size() + " paragraphs, "
                        + article.entities().size() + " entities, " + article.quotes().size() + " quotes"
                        + mostQuoted(article.quotes()), false);
            } catch (LedeException e) {
                return new Summary(name + ": failed: " + e.getMessage(), true);
            }
        }

        /** {@code , most quoted: NAME (N)}, the first in text order among equals; empty without speakers. */
        private static String mostQuoted(List<Quote> quotes) {
            Map<String, Long> counts = quotes.stream().flatMap(q -> q.speaker().stream()).map(Speaker::name)
                    .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new,
                            Collectors.counting()));
            return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue))
                    .map(e -> ", most quoted: " + e.getKey() + " (" + e.getValue() + ")").orElse("");
        }
    }
}
