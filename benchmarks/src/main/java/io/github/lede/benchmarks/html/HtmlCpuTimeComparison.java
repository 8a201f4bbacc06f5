package io.github.lede.benchmarks.html;

import io.github.lede.Lede;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Lede's HTML extraction against a bare {@code Jsoup.parse(html).body().text()} in CPU time of the
 * measuring thread, alternating the two over the same WCXB pages round after round. On a machine
 * shared with other work, wall-clock JMH scores swing with the load; CPU time mostly does not, so
 * this is the steadier figure for the ratio the HTML issue sets (Lede >= 0.7 of bare jsoup).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.lede.benchmarks.html.HtmlCpuTimeComparison [WCXB-DIR] [PAGES] [ROUNDS]
 * </pre>
 *
 * Prints each round and the median ratio of the rounds after the first third (the JIT warm-up).
 */
public final class HtmlCpuTimeComparison {

    private HtmlCpuTimeComparison() {
    }

    /** Runs the comparison; arguments: the WCXB folder, the number of pages (150), rounds (24). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/datasets/wcxb-articles", "html");
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 24;
        if (!Files.isDirectory(dir)) {
            System.out.println("no WCXB pages at " + dir + "; nothing measured");
            return;
        }
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().limit(limit).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        Lede lede = Lede.builder().noAnnotators().build();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Double> ratios = new ArrayList<>();
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (String p : pages) {
                sink += Jsoup.parse(p).body().text().length();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (String p : pages) {
                sink += lede.analyze(Source.text(p).contentType(MediaTypes.HTML).url("https://example.com/page").build())
                        .text().length();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            double jsoup = pages.size() / ((t1 - t0) / 1e9);
            double ours = pages.size() / ((t2 - t1) / 1e9);
            System.out.printf("round %2d: jsoup %4.0f pages/CPU-s, lede %4.0f, ratio %.2f%n", round, jsoup, ours, ours / jsoup);
            if (round >= rounds / 3) {
                ratios.add(ours / jsoup);
            }
        }
        Collections.sort(ratios);
        System.out.printf("%d pages, median ratio lede/jsoup over rounds %d-%d: %.3f (checksum %d)%n", pages.size(),
                rounds / 3, rounds - 1, ratios.get(ratios.size() / 2), sink % 1000);
    }
}
