package io.github.lede.extractor.html;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * A regression floor on the WCXB article pages: the mean bag-of-words F1 of the body (the data
 * set's own metric, see its README) stays at or above 0.90. The full figures come from the
 * evaluation harness in {@code benchmarks}.
 */
class WcxbQualityFloorTest {

    @Test
    void meanWordF1StaysAboveFloor() throws IOException {
        Path dir = SharedData.dir().resolve("datasets/wcxb-articles");
        assumeTrue(Files.isDirectory(dir.resolve("ground-truth")), "WCXB data not found at " + dir);
        ObjectMapper json = new ObjectMapper();
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        List<Path> truths;
        try (Stream<Path> s = Files.list(dir.resolve("ground-truth"))) {
            truths = s.sorted().toList();
        }
        double sum = 0;
        for (Path gt : truths) {
            String id = gt.getFileName().toString().replace(".json", "");
            JsonNode root = json.readTree(gt.toFile());
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html/" + id + ".html.gz")))) {
                html = in.readAllBytes();
            }
            Source source = Source.bytes(html).name(id).contentType("text/html").url(root.path("url").asText(null)).build();
            String text = extractor.extract(source, AnalysisContext.standalone()).text();
            sum += f1(text, root.path("ground_truth").path("main_content").asText(""));
        }
        double mean = sum / truths.size();
        assertTrue(mean >= 0.90, "mean word F1 " + mean + " over " + truths.size() + " pages");
    }

    private static double f1(String predicted, String reference) {
        Map<String, Integer> ref = bag(reference);
        Map<String, Integer> pred = bag(predicted);
        int nRef = ref.values().stream().mapToInt(Integer::intValue).sum();
        int nPred = pred.values().stream().mapToInt(Integer::intValue).sum();
        if (nRef == 0) {
            return nPred == 0 ? 1 : 0;
        }
        if (nPred == 0) {
            return 0;
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : pred.entrySet()) {
            overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        double p = (double) overlap / nPred;
        double r = (double) overlap / nRef;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Tokens as maximal runs of Python's Unicode {@code \w}: letters, numeric characters and {@code _}. */
    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        String s = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && isWord(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i > start) {
                bag.merge(s.substring(start, i), 1, Integer::sum);
            } else {
                i += Character.charCount(s.codePointAt(i));
            }
        }
        return bag;
    }

    private static boolean isWord(int cp) {
        int t = Character.getType(cp);
        return cp == '_' || Character.isLetter(cp) || t == Character.DECIMAL_DIGIT_NUMBER
                || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }
}
