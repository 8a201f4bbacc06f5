package io.github.lede.extractor.quotes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lede.Lede;
import io.github.lede.model.Article;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Annotator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The shared gold corpus, read at test time; tests skip when it is absent. */
final class Corpus {

    private static final Lede LEDE = Lede.builder().noAnnotators().build();

    private Corpus() {
    }

    static Path dir() {
        Path dir = Path.of(System.getProperty("lede.shared.dir", "../../../shared")).resolve("corpus");
        assumeTrue(Files.isDirectory(dir), "shared corpus not found at " + dir);
        return dir;
    }

    /** The plain-text articles with a gold file. */
    static List<Path> texts() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article through the real pipeline: text extractor, entities when present, quotes. */
    static Article annotate(Path file) {
        Article a = LEDE.analyze(file);
        AnalysisContext ctx = AnalysisContext.standalone();
        for (Annotator e : LEDE.registry().annotators()) {
            if (e.name().equals("entities")) {
                a = e.annotate(a, ctx);
            }
        }
        return new QuoteAnnotator().annotate(a, ctx);
    }

    static JsonNode gold(Path file) {
        Path g = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.(txt|html)$", "") + ".gold.json");
        try {
            return new ObjectMapper().readTree(g.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dice coefficient of the normalised word sets; a quote is found at 0.8 or more. */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return x.isEmpty() && y.isEmpty() ? 1 : 2.0 * both.size() / (x.size() + y.size());
    }

    private static Set<String> words(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("(?<=\\p{L})['’‘ʼ](?=\\p{L})", "");
        Set<String> out = new HashSet<>();
        for (String w : n.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether {@code predicted} is the gold speaker's name or one of its aliases. */
    static boolean sameSpeaker(JsonNode gold, String goldSpeaker, String predicted) {
        if (predicted == null) {
            return false;
        }
        if (predicted.equalsIgnoreCase(goldSpeaker)) {
            return true;
        }
        for (JsonNode e : gold.path("entities")) {
            if (e.path("name").asText().equalsIgnoreCase(goldSpeaker)) {
                for (JsonNode a : e.path("aliases")) {
                    if (a.asText().equalsIgnoreCase(predicted)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
