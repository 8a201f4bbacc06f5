package io.github.lede.examples.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lede.Lede;
import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 8: the same story as an HTML page and as plain text gives the same quotes — type, words,
 * speaker and cue — because both extractors hand the annotators the same body text.
 */
class HtmlTextQuotesTest {

    private static final Lede LEDE = Lede.create();

    private static List<String> quotes(Article a) {
        return a.quotes().stream().map(HtmlTextQuotesTest::describe).toList();
    }

    private static String describe(Quote q) {
        return q.type() + " | " + q.speaker().map(s -> s.name()).orElse("?") + " | "
                + q.cue().map(c -> c.text()).orElse("") + " | " + q.text();
    }

    @ParameterizedTest
    @CsvSource({"web-rail-safety.html, senate-rail-safety.txt", "web-kestrel-merger.html, business-kestrel-merger.txt",
        "web-measles-alder.html, health-measles-alder.txt", "web-glacier-lakes.html, science-glacier-lakes.txt"})
    void htmlAndTextGiveTheSameQuotes(String html, String text) {
        Path corpus = Path.of(System.getProperty("lede.shared.dir", "../shared"), "corpus");
        assumeTrue(Files.isRegularFile(corpus.resolve(html)), "the shared corpus is not there");
        List<String> fromText = quotes(LEDE.analyze(corpus.resolve(text)));
        List<String> fromHtml = quotes(LEDE.analyze(corpus.resolve(html)));
        assertEquals(String.join("\n", fromText), String.join("\n", fromHtml));
    }
}
