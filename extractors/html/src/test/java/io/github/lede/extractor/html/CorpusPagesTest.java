package io.github.lede.extractor.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lede.model.Article;
import io.github.lede.model.Timestamp;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML pages of the shared gold corpus give exactly their gold metadata and body. */
class CorpusPagesTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"web-glacier-lakes", "web-kestrel-merger", "web-measles-alder", "web-rail-safety"})
    void pageMatchesGold(String name) throws IOException {
        Path dir = SharedData.dir().resolve("corpus");
        Path html = dir.resolve(name + ".html");
        assumeTrue(Files.exists(html), "shared corpus not found at " + dir);
        JsonNode gold = new ObjectMapper().readTree(dir.resolve(name + ".gold.json").toFile());
        Article a = extractor.extract(Source.bytes(Files.readAllBytes(html)).name(name).contentType("text/html").build(),
                AnalysisContext.standalone());

        JsonNode g = gold.get("article");
        assertEquals(g.get("title").asText(), a.title().orElse(null), "title");
        List<String> authors = new ArrayList<>();
        g.get("authors").forEach(n -> authors.add(n.asText()));
        assertEquals(authors, a.authors(), "authors");
        assertEquals(g.get("published").asText(), a.published().map(Timestamp::toString).orElse(null), "published");
        assertEquals(g.get("siteName").asText(), a.siteName().orElse(null), "siteName");
        assertEquals(g.get("language").asText(), a.language().orElse(null), "language");

        String text = a.text();
        assertTrue(text.startsWith(gold.get("body_first").asText()), () -> "body starts with: " + text.substring(0, Math.min(200, text.length())));
        assertTrue(text.endsWith(gold.get("body_last").asText()), () -> "body ends with: " + text.substring(Math.max(0, text.length() - 200)));
        for (JsonNode absent : gold.get("absent")) {
            assertFalse(text.contains(absent.asText()), () -> "furniture in body: " + absent.asText());
        }
    }
}
