package io.github.lede.extractor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lede.model.Article;
import io.github.lede.model.Paragraph;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every plain-text sample of the gold corpus against its gold file: the furniture listed
 * as {@code absent} is gone, and every quote, entity name, alias and title is still in the text.
 */
class CorpusGoldTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PlainTextExtractor extractor = new PlainTextExtractor();

    static Stream<Path> samples() throws IOException {
        return CorpusSupport.textSamples().stream();
    }

    private Article extract(Path sample) throws IOException {
        Source source = Source.bytes(Files.readAllBytes(sample)).name(sample.toString()).build();
        assertTrue(extractor.supports(source), "supports " + sample);
        return extractor.extract(source, AnalysisContext.standalone());
    }

    private static JsonNode gold(Path sample) throws IOException {
        String name = sample.getFileName().toString().replaceFirst("\\.txt$", ".gold.json");
        return JSON.readTree(sample.resolveSibling(name).toFile());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void furnitureListedAsAbsentIsLeftOut(Path sample) throws IOException {
        String text = extract(sample).text().toLowerCase(Locale.ROOT);
        for (JsonNode absent : gold(sample).path("absent")) {
            assertFalse(text.contains(absent.asText().toLowerCase(Locale.ROOT)),
                    () -> sample.getFileName() + ": furniture \"" + absent.asText() + "\" is in the text");
        }
    }

    /**
     * Quotes and entity names must be in the body. An alias or title may instead be only in the
     * headline ({@code EU} in "EU ministers agree …"), which is the article's title, not its body.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void everyGoldQuoteAndEntityFormStaysInTheArticle(Path sample) throws IOException {
        Article article = extract(sample);
        String text = article.text();
        String title = article.title().orElse("");
        JsonNode gold = gold(sample);
        List<String> inBody = new ArrayList<>();
        List<String> inArticle = new ArrayList<>();
        gold.path("quotes").forEach(q -> inBody.add(q.path("text").asText()));
        for (JsonNode e : gold.path("entities")) {
            inBody.add(e.path("name").asText());
            e.path("aliases").forEach(a -> inArticle.add(a.asText()));
            e.path("titles").forEach(t -> inArticle.add(t.asText()));
        }
        assertFalse(inBody.isEmpty());
        for (String s : inBody) {
            assertTrue(text.contains(s), () -> sample.getFileName() + ": \"" + s + "\" is missing from the text");
        }
        for (String s : inArticle) {
            assertTrue(text.contains(s) || title.contains(s),
                    () -> sample.getFileName() + ": \"" + s + "\" is missing from the text and title");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void titleIsTheFirstLineAndParagraphsAreSeparatedByOneBlankLine(Path sample) throws IOException {
        Article article = extract(sample);
        String firstLine = Files.readString(sample).lines().findFirst().orElseThrow().strip();
        assertEquals(firstLine, article.title().orElseThrow());
        String text = article.text();
        List<Paragraph> paragraphs = article.paragraphs();
        assertEquals(0, paragraphs.get(0).start());
        assertEquals(text.length(), paragraphs.get(paragraphs.size() - 1).end());
        for (int i = 1; i < paragraphs.size(); i++) {
            assertEquals("\n\n", text.substring(paragraphs.get(i - 1).end(), paragraphs.get(i).start()));
        }
        for (Paragraph p : paragraphs) {
            String block = p.text(text);
            assertEquals(block.strip(), block);
            assertFalse(block.contains("\n"), () -> sample.getFileName() + ": line break inside " + block);
        }
    }

    /**
     * Hard-wrapping every line of a sample at 72 columns, as e-mail and terminal tools do, must
     * give back the same article. Only samples with blank lines between paragraphs: without them,
     * a paragraph whose last line happens to be full cannot be told from a wrapped line.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void hardWrappedCopyGivesTheSameArticle(Path sample) throws IOException {
        String original = Files.readString(sample);
        assumeTrue(original.contains("\n\n"), "no blank lines between paragraphs");
        StringBuilder wrapped = new StringBuilder();
        original.lines().forEach(line -> wrapped.append(wrap(line, 72)).append('\n'));
        Article expected = extract(sample);
        Article actual = extractor.extract(Source.text(wrapped.toString()).build(), AnalysisContext.standalone());
        assertEquals(expected.text(), actual.text(), sample.getFileName().toString());
        assertEquals(expected.paragraphs(), actual.paragraphs());
        assertEquals(expected.title(), actual.title());
    }

    /** Greedy wrapping at spaces. */
    private static String wrap(String line, int width) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String word : line.split(" ")) {
            if (column > 0 && column + 1 + word.length() > width) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
