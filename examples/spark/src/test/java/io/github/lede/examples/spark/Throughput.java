package io.github.lede.examples.spark;

import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.spi.InputItem;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;

/**
 * Measures the job's records per second in local mode with 1 and 2 executor threads, and Lede's
 * alone (one thread, no Spark) on the same archives, for the README's figures. Not a test: run it
 * by hand (see examples/README.md).
 *
 * <p>Writes {@code FILES} gzipped WARC archives holding {@code RECORDS} HTML response records in
 * all, cycling through the real pages of {@code datasets/wcxb-articles} under
 * {@code lede.shared.dir} (the four invented stories of {@link NewsPages} when it is absent), each
 * under its own URL on one of twenty sites. A warm-up run on one archive comes before each
 * figure, so that JIT compilation and the executor's {@code Lede} are paid before it is taken.
 *
 * <p>Arguments: {@code [RECORDS] [FILES]}, default 3000 and 8.
 */
public final class Throughput {

    private Throughput() {
    }

    public static void main(String[] args) throws IOException {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path dir = Files.createTempDirectory("lede-spark-throughput");
        List<Path> archives = write(dir.resolve("warc"), pages(), records, files);
        System.out.printf("%d HTML records in %d archives, %d MiB gzipped%n", records, files,
                archives.stream().mapToLong(Throughput::size).sum() >> 20);

        String glob = dir.resolve("warc").toUri() + "*.warc.gz";
        for (int threads = 1; threads <= 2; threads++) {
            SparkSession spark = SparkSession.builder().master("local[" + threads + "]").appName("lede-throughput")
                    .config("spark.ui.enabled", "false").getOrCreate();
            try {
                run(spark, dir.resolve("warmup-" + threads), archives.get(0).toString(), files);
                Clock clock = Clock.start();
                run(spark, dir.resolve("out-" + threads), glob, files);
                clock.report("spark local[" + threads + "]", records);
            } finally {
                spark.stop();
            }
        }
        alone(archives);
    }

    private static void run(SparkSession spark, Path out, String input, int files) {
        int code = LedeWarcJob.run(spark, "--output", out.toString(), "--min-partitions", String.valueOf(files),
                input);
        if (code != 0) {
            throw new IllegalStateException("the job failed: " + code);
        }
    }

    /**
     * Wall and CPU time of a run. The machine may be shared: records per CPU-second (all the
     * process's threads: Spark's, the JIT's and the collector's included) is the per-core figure
     * that holds when the cores are the run's own.
     */
    private record Clock(long wall, long cpu) {
        static Clock start() {
            return new Clock(System.nanoTime(), processCpu());
        }

        void report(String what, int records) {
            double seconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (processCpu() - cpu) / 1e9;
            System.out.printf("%s: %d records in %.1f s wall, %.1f s CPU: %.1f records/s, %.1f records per CPU-second,"
                    + " load average %.1f%n", what, records, seconds, cpuSeconds, records / seconds,
                    records / cpuSeconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }

    /** One Lede in this thread over the same archives, reading them as the job does. */
    private static void alone(List<Path> archives) {
        Lede lede = Lede.create();
        try (Stream<InputItem> warm = lede.expand(archives.get(0))) {
            warm.forEach(item -> analyze(lede, item));
        }
        Clock clock = Clock.start();
        int n = 0;
        for (Path archive : archives) {
            try (Stream<InputItem> items = lede.expand(archive)) {
                for (Iterator<InputItem> it = items.iterator(); it.hasNext(); n++) {
                    analyze(lede, it.next());
                }
            }
        }
        clock.report("lede alone, 1 thread", n);
    }

    private static void analyze(Lede lede, InputItem item) {
        try {
            lede.analyze(item.source());
        } catch (LedeException e) {
            // counted like an article: the job writes an error row for it
        }
    }

    private static List<String> pages() throws IOException {
        Path html = Path.of(System.getProperty("lede.shared.dir", "../shared"), "datasets", "wcxb-articles", "html");
        if (!Files.isDirectory(html)) {
            return List.of(NewsPages.harbourBridge(), NewsPages.riverFestival(), NewsPages.schoolMeals(),
                    NewsPages.observatory());
        }
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(html)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html.gz")).sorted(Comparator.naturalOrder()).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return pages;
    }

    private static List<Path> write(Path dir, List<String> pages, int records, int files) throws IOException {
        Files.createDirectories(dir);
        List<Path> archives = new ArrayList<>();
        List<TestWarc> writers = new ArrayList<>();
        try {
            for (int f = 0; f < files; f++) {
                Path archive = dir.resolve("CC-NEWS-%05d.warc.gz".formatted(f));
                archives.add(archive);
                writers.add(new TestWarc(archive));
            }
            for (int i = 0; i < records; i++) {
                writers.get(i % files).page("https://site%02d.example/story/%d".formatted(i % 20, i),
                        pages.get(i % pages.size()));
            }
        } finally {
            for (TestWarc w : writers) {
                w.close();
            }
        }
        return archives;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
