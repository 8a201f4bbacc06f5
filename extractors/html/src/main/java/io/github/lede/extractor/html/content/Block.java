package io.github.lede.extractor.html.content;

import io.github.lede.model.ParagraphKind;
import java.util.Objects;

/**
 * One block of the article body: its text, whitespace normalised to single spaces and trimmed,
 * and its kind.
 *
 * @param text the block's text, never blank
 * @param kind what the block is
 */
public record Block(String text, ParagraphKind kind) {

    /** @throws IllegalArgumentException if the text is blank */
    public Block {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a block needs text");
        }
    }
}
