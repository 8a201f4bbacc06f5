package io.github.lede.extractor.entities;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lede.model.Article;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the shared gold corpus is, and its plain-text articles as the text extractor would give them. */
final class TestCorpus {

    private TestCorpus() {
    }

    static Path dir() {
        return Path.of(System.getProperty("lede.shared.dir", "../../../shared")).resolve("corpus");
    }

    static void assumePresent(Path file) {
        assumeTrue(Files.exists(file), "shared corpus not present: " + file);
    }

    /**
     * The article of a corpus .txt file: the headline line as a heading paragraph (the gold counts
     * it as part of the body) and every further non-blank line as a paragraph.
     */
    static Article plainTextArticle(Path file) {
        String raw;
        try {
            raw = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        String[] lines = raw.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(line);
            paragraphs.add(new Paragraph(start, text.length(), i == 0 ? ParagraphKind.HEADING : ParagraphKind.PARAGRAPH));
        }
        return Article.builder(text.toString()).title(lines[0].strip()).paragraphs(paragraphs).build();
    }
}
