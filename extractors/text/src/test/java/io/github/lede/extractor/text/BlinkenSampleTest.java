package io.github.lede.extractor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.model.Article;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample, a wire story with one paragraph per line, a subheading and a READ ALSO
 * teaser, analysed through the {@link Lede} facade so that the extractor is found by
 * {@link java.util.ServiceLoader}.
 */
class BlinkenSampleTest {

    private static final String HEADLINE = "U.S. Secretary of State, Antony Blinken has discussed efforts to free "
            + "hostages held by Hamas militants in Gaza.";
    private static final String SUBHEADING = "Former U.S Secretary Of State Calls For Netanyahu’s Ouster";

    private static List<String> lines;
    private static Article article;

    @BeforeAll
    static void analyse() throws IOException {
        Path sample = CorpusSupport.corpusFile("blinken-hostages.txt");
        lines = Files.readAllLines(sample);
        article = Lede.builder().noAnnotators().build().analyze(sample);
    }

    @Test
    void theTextExtractorIsFoundThroughServiceLoader() {
        assertTrue(Lede.builder().noAnnotators().build().registry().extractors().stream()
                .anyMatch(e -> e instanceof PlainTextExtractor));
    }

    @Test
    void theFirstLineIsTheTitleAndAlsoTheLeadBecauseItEndsASentence() {
        assertEquals(HEADLINE, lines.get(0));
        assertEquals(HEADLINE, article.title().orElseThrow());
        Paragraph lead = article.paragraphs().get(0);
        assertEquals(HEADLINE, lead.text(article.text()));
        assertEquals(ParagraphKind.PARAGRAPH, lead.kind());
    }

    @Test
    void everyLineButTheTeaserIsOneParagraph() {
        assertEquals(29, lines.size());
        assertEquals(28, article.paragraphs().size());
        for (int i = 0; i < 28; i++) {
            assertEquals(lines.get(i).strip(), article.paragraphs().get(i).text(article.text()), "paragraph " + i);
        }
        assertEquals(String.join("\n\n", lines.subList(0, 28)), article.text());
    }

    @Test
    void theSubheadingIsTheOnlyHeading() {
        List<Paragraph> headings = article.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.HEADING)
                .toList();
        assertEquals(1, headings.size());
        assertEquals(SUBHEADING, headings.get(0).text(article.text()));
        assertEquals(21, article.paragraphs().indexOf(headings.get(0)));
    }

    @Test
    void theReadAlsoTeaserIsLeftOut() {
        String text = article.text().toLowerCase(Locale.ROOT);
        assertFalse(text.contains("read also"));
        assertFalse(text.contains("bawumia"));
        assertTrue(article.text().endsWith("“clear that Biden is doing everything he can to influence Netanyahu.”"));
    }

    @Test
    void curlyQuotesAndApostrophesAreKeptAsWritten() {
        assertTrue(article.text().contains("Army Chief Herzi Halevi‘s situational assessment"));
        assertTrue(article.text().contains("“The most urgent issue is of course to find ways to bring back the hostages,”"));
    }

    @Test
    void theSourceIsNamedAfterTheFile() {
        assertTrue(article.source().orElseThrow().endsWith("blinken-hostages.txt"));
    }
}
