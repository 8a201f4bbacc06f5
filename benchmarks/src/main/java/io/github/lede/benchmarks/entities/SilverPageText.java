package io.github.lede.benchmarks.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The plain text of one silver page, built the same way for annotating and for scoring: its title,
 * a blank line, then its body. A WCXB page ({@code source} absent or {@code wcxb}) gives the
 * {@code title} and {@code main_content} of its ground truth; a Mozilla Readability test page
 * ({@code source} = {@code readability}) gives the {@code title} of its
 * {@code expected-metadata.json} and the blocks (paragraphs, headings, list items, quotes) of its
 * {@code expected.html}, one per paragraph.
 */
final class SilverPageText {

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

    private SilverPageText() {
    }

    /** The text of {@code page} under {@code shared} (the folder holding {@code datasets/}). */
    static String of(JsonNode page, Path shared, ObjectMapper json) throws IOException {
        String id = page.path("id").asText();
        if (page.path("source").asText("wcxb").equals("readability")) {
            Path dir = shared.resolve("datasets/readability-pages").resolve(id);
            String title = json.readTree(dir.resolve("expected-metadata.json").toFile()).path("title").asText();
            Element body = Jsoup.parse(Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8)).body();
            List<String> blocks = new ArrayList<>();
            blocks.add(title.strip());
            for (Element block : body.select(BLOCKS)) {
                // an outer block already holds the text of the blocks inside it
                if (block.parents().stream().noneMatch(p -> p.is(BLOCKS)) && !block.text().isBlank()) {
                    blocks.add(block.text().strip());
                }
            }
            return String.join("\n\n", blocks);
        }
        JsonNode truth = json.readTree(Files.readString(
                shared.resolve("datasets/wcxb-articles/ground-truth/" + id + ".json"), StandardCharsets.UTF_8))
                .path("ground_truth");
        return truth.path("title").asText().strip() + "\n\n" + truth.path("main_content").asText().strip();
    }
}
