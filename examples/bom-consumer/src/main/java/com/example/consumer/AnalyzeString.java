package com.example.consumer;

import io.github.lede.Lede;
import io.github.lede.model.Article;
import io.github.lede.spi.ArticleWriter;
import java.io.IOException;

/**
 * A user's program built against Lede through its BOM: analyses a string — the arguments joined by
 * spaces, or a short built-in story — and prints the article as JSON, with its entities and
 * quotes. The text extractor, the entity and quote annotators and the JSON format are found on the
 * class path; nothing is wired by hand.
 */
public final class AnalyzeString {

    private static final String STORY = "Mayor Elena Varga said the bridge would reopen in June. "
            + "“Every week it stays closed costs the harbour district customers,” Varga told reporters.";

    private AnalyzeString() {
    }

    /** Prints the JSON of the joined arguments, or of the built-in story when there are none. */
    public static void main(String[] args) throws IOException {
        String text = args.length == 0 ? STORY : String.join(" ", args);
        Lede lede = Lede.create();
        Article article = lede.analyze(text);
        try (ArticleWriter json = lede.format("json").writer(System.out)) {
            json.write(article);
        }
        System.out.println();
    }
}
