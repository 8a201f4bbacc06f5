package io.github.lede.model;

import java.util.Objects;

/**
 * A block of the article body: its range in {@link Article#text()} and its kind.
 *
 * @param start first index in the article text, inclusive
 * @param end last index, exclusive
 * @param kind what the block is
 */
public record Paragraph(int start, int end, ParagraphKind kind) {

    /** @throws IllegalArgumentException if the span is invalid */
    public Paragraph {
        Objects.requireNonNull(kind, "kind");
        new Span(start, end);
    }

    /** The paragraph's range as a span. */
    public Span span() {
        return new Span(start, end);
    }

    /** The paragraph's characters in {@code articleText}. */
    public String text(String articleText) {
        return articleText.substring(start, end);
    }
}
