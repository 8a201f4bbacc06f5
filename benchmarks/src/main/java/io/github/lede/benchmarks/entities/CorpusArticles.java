package io.github.lede.benchmarks.entities;

import io.github.lede.Lede;
import io.github.lede.LedeException;
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
import java.util.stream.Stream;

/**
 * Loads the articles of the shared gold corpus, without annotations: through Lede's own extractors
 * where one supports the file, else (plain text only, while no text extractor is installed) by
 * taking the first line as the headline (a heading paragraph, since the gold counts it as part
 * of the body) and every further non-blank line as a paragraph.
 */
final class CorpusArticles {

    private CorpusArticles() {
    }

    /** The corpus folder: the first argument, else {@code lede.shared.dir}/corpus, else ../shared/corpus. */
    static Path corpusDir(String[] args) {
        if (args.length > 0) {
            return Path.of(args[0]);
        }
        return Path.of(System.getProperty("lede.shared.dir", "../shared")).resolve("corpus");
    }

    /** Every article file that has a gold file beside it, sorted by name. */
    static List<Path> articles(Path dir, boolean withHtml) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt") || withHtml && p.toString().endsWith(".html"))
                    .filter(p -> Files.exists(gold(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path gold(Path article) {
        String name = article.getFileName().toString();
        return article.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".gold.json");
    }

    /** The extracted article, or null when no extractor can read an HTML page yet. */
    static Article load(Lede lede, Path file) {
        try {
            return lede.analyze(file);
        } catch (LedeException e) {
            if (!file.toString().endsWith(".txt")) {
                return null;
            }
            return fromPlainText(file);
        }
    }

    private static Article fromPlainText(Path file) {
        String raw;
        try {
            raw = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] lines = raw.split("\n");
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        // the gold corpus counts the headline as part of the story body
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
        return Article.builder(text.toString()).title(lines[0].strip()).paragraphs(paragraphs)
                .source(file.toString()).build();
    }
}
