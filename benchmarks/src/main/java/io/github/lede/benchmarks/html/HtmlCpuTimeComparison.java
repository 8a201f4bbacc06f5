package io.github.lede.benchmarks.html;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.github.lede.Lede;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * Lede's HTML extraction against a bare {@code Jsoup.parse(html).body().text()} in CPU time of the
 * measuring thread, alternating the two over the same WCXB pages round after round. On a machine
 * shared with other work, wall-clock JMH scores swing with the load; CPU time mostly does not, so
 * this is the steadier figure for the ratio the HTML issue sets (Lede >= 0.7 of bare jsoup).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.lede.benchmarks.html.HtmlCpuTimeComparison [WCXB-DIR] [PAGES] [ROUNDS] [--all]
 * </pre>
 *
 * Prints each round and the median ratio of the rounds after the first third (the JIT warm-up).
 * With {@code --all}, boilerpipe's {@code ArticleExtractor} and Readability4J run in the same
 * rounds too, and their median pages per CPU-second are printed beside Lede's.
 */
public final class HtmlCpuTimeComparison {

    private HtmlCpuTimeComparison() {
    }

    /** Runs the comparison; arguments: the WCXB folder, the number of pages (150), rounds (24). */
    public static void main(String[] args) throws IOException {
        List<String> positional = new ArrayList<>(List.of(args));
        boolean all = positional.remove("--all");
        Path dir = Path.of(positional.size() > 0 ? positional.get(0) : "../shared/datasets/wcxb-articles", "html");
        int limit = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 150;
        int rounds = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 24;
        if (!Files.isDirectory(dir)) {
            System.out.println("no WCXB pages at " + dir + "; nothing measured");
            return;
        }
        List<String> pages = new ArrayList<>();
        for (Path f : HtmlExtractionBenchmark.firstPages(dir, limit)) {
            pages.add(HtmlExtractionBenchmark.read(f));
        }
        Lede lede = Lede.builder().noAnnotators().build();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Double> ratios = new ArrayList<>();
        List<Double> ledeSpeeds = new ArrayList<>();
        List<Double> boilerpipeSpeeds = new ArrayList<>();
        List<Double> readabilitySpeeds = new ArrayList<>();
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
                ledeSpeeds.add(ours);
            }
            if (all) {
                long b0 = cpu.getCurrentThreadCpuTime();
                for (String p : pages) {
                    try {
                        sink += ArticleExtractor.INSTANCE.getText(p).length();
                    } catch (BoilerpipeProcessingException e) {
                        sink++;
                    }
                }
                long b1 = cpu.getCurrentThreadCpuTime();
                for (String p : pages) {
                    sink += new Readability4J("https://example.com/page", p).parse().getTextContent().length();
                }
                long b2 = cpu.getCurrentThreadCpuTime();
                if (round >= rounds / 3) {
                    boilerpipeSpeeds.add(pages.size() / ((b1 - b0) / 1e9));
                    readabilitySpeeds.add(pages.size() / ((b2 - b1) / 1e9));
                }
            }
        }
        if (all) {
            System.out.printf("median pages/CPU-s: lede %.0f, boilerpipe %.0f, readability4j %.0f%n", median(ledeSpeeds),
                    median(boilerpipeSpeeds), median(readabilitySpeeds));
        }
        System.out.printf("%d pages, median ratio lede/jsoup over rounds %d-%d: %.3f (checksum %d)%n", pages.size(),
                rounds / 3, rounds - 1, median(ratios), sink % 1000);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
