package io.github.lede.examples.robustness;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.InputTooLargeException;
import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.model.Article;
import io.github.lede.spi.Source;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every hostile input ends with an article or a {@link LedeException} within its time budget, for
 * every entry point: the analysis of files, bytes and strings, and the JSON and XML readers.
 * {@code assertTimeoutPreemptively} is a hang guard well above the budget, not a speed check.
 */
class HostileInputTest {

    private static final Logger LOG = LoggerFactory.getLogger(HostileInputTest.class);
    private static final Duration BUDGET = Duration.ofSeconds(10);
    private static final Duration HANG = BUDGET.plusSeconds(20);
    private static final String STORY = "Council backs bridge\n\nThe council voted 7-2 on Tuesday to rebuild the "
            + "bridge, Mayor Ann Lee said. “We will start in spring,” she said.\n";

    private final Lede lede = Lede.builder().timeBudget(BUDGET).build();

    /** One hostile input: its name, as it would arrive, and its bytes. */
    record Case(String name, Supplier<Source> source) {
    }

    private static Case bytes(String name, Supplier<byte[]> bytes) {
        return new Case(name, () -> Source.bytes(bytes.get()).name(name).build());
    }

    private static Case text(String name, Supplier<String> text) {
        return bytes(name, () -> text.get().getBytes(StandardCharsets.UTF_8));
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(bytes("empty.txt", () -> new byte[0]));
        cases.add(bytes("empty.html", () -> new byte[0]));
        cases.add(text("whitespace.txt", () -> " \n\t\r\n   \n"));
        cases.add(bytes("junk.bin", () -> {
            byte[] b = new byte[100_000];
            new Random(42).nextBytes(b);
            return b;
        }));
        cases.add(bytes("image.html", () -> {
            byte[] b = new byte[5_000];
            new Random(7).nextBytes(b);
            byte[] sig = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
            System.arraycopy(sig, 0, b, 0, sig.length);
            return b;
        }));
        cases.add(bytes("utf16-bom.txt", () -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                STORY.getBytes(StandardCharsets.UTF_16LE))));
        cases.add(bytes("utf16-nobom.txt", () -> STORY.getBytes(StandardCharsets.UTF_16BE)));
        cases.add(bytes("utf16.html", () -> ("<html><body><h1>Bridge</h1><p>" + STORY + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_16LE)));
        cases.add(new Case("wrong-charset.txt", () -> Source.bytes(STORY.getBytes(StandardCharsets.UTF_8))
                .charset(Charset.forName("ISO-8859-7")).name("wrong-charset.txt").build()));
        cases.add(text("wrong-charset.html", () -> "<html><head><meta charset=\"iso-8859-1\"></head><body><p>"
                + STORY + "</p></body></html>"));
        cases.add(text("mixed-endings.txt", () -> "Title\r\n\r\nOne para.\rTwo para.\n\nThree\u2028para.\r\n"));
        cases.add(text("50mb.txt", () -> "All work and no play. ".repeat(50 * 1024 * 1024 / 22)));
        cases.add(text("deep.html", () -> "<html><body>" + "<div>".repeat(10_000) + "<p>" + STORY + "</p>"
                + "</div>".repeat(10_000) + "</body></html>"));
        cases.add(text("attributes.html", () -> {
            StringBuilder sb = new StringBuilder("<html><body><div");
            for (int i = 0; i < 1_000_000; i++) {
                sb.append(" a").append(i).append("=1");
            }
            return sb.append("><p>").append(STORY).append("</p></div></body></html>").toString();
        }));
        cases.add(text("unclosed-script.html", () -> "<html><body><p>" + STORY + "</p><script>var x = '"
                + "<p>not text</p>".repeat(10_000)));
        cases.add(text("quotes.txt", () -> "Headline\n\n" + "He said “ and ‘ then \" ".repeat(5_000 / 3 + 1)));
        cases.add(text("long-line.txt", () -> "word “quoted” ".repeat(200_000 / 14)));
        cases.add(text("control.txt", () -> "Head\u0000line\n\nText \u0007 with \u001b controls and a lone \ud800 "
                + "surrogate and \udc00 another, and \uFFFE.\n"));
        cases.add(text("rtl.txt", () -> "عنوان الخبر\n\nقال الوزير «سنبدأ في الربيع» يوم الثلاثاء.\n\n"
                + "אמר השר: ”נתחיל באביב”.\n"));
        return cases;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @TestFactory
    Stream<DynamicTest> analysisEndsWithAnArticleOrALedeException() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertTimeoutPreemptively(HANG, () -> {
            Source source = c.source().get();
            long start = System.nanoTime();
            try {
                Article a = lede.analyze(source);
                LOG.info("{} ({} ms): {}", c.name(), (System.nanoTime() - start) / 1_000_000, a);
                Invariants.check(lede, a);
            } catch (LedeException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
                LOG.info("{} ({} ms): {}: {}", c.name(), (System.nanoTime() - start) / 1_000_000,
                        e.getClass().getSimpleName(), e.getMessage());
            }
        })));
    }

    @TestFactory
    Stream<DynamicTest> readersEndWithArticlesOrALedeException() {
        return Stream.of("json", "jsonl", "xml").flatMap(format -> cases().stream()
                .filter(c -> !c.name().equals("50mb.txt") && !c.name().equals("attributes.html"))
                .map(c -> DynamicTest.dynamicTest(format + " reader: " + c.name(),
                        () -> assertTimeoutPreemptively(HANG, () -> {
                            byte[] b = new byte[c.source().get().size()];
                            c.source().get().bytes().get(b);
                            try {
                                lede.format(format).read(new ByteArrayInputStream(b));
                            } catch (LedeException expected) {
                                assertTrue(expected.getMessage() != null);
                            }
                        }))));
    }

    @TestFactory
    Stream<DynamicTest> theSizeLimitComesBeforeParsing() {
        Lede small = Lede.builder().maxInputBytes(1 << 20).build();
        return cases().stream().filter(c -> c.source().get().size() > 1 << 20)
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    try {
                        small.analyze(c.source().get());
                        throw new AssertionError("a " + c.source().get().size() + "-byte input passed a 1 MiB limit");
                    } catch (InputTooLargeException expected) {
                        assertTrue(expected.getMessage().contains("limit"));
                    }
                }));
    }
}
