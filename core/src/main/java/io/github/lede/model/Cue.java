package io.github.lede.model;

/**
 * The words that attribute a quote: a reporting verb ({@code "said"}, {@code "was quoted as
 * saying"}), a phrase ({@code "According to"}), or a mark ({@code "—"}, {@code ":"}, {@code "A:"}).
 *
 * @param text the cue as written
 * @param start first index in the article text, inclusive
 * @param end last index, exclusive
 */
public record Cue(String text, int start, int end) implements Anchored {

    /** @throws IllegalArgumentException if the span is invalid or does not match the text's length */
    public Cue {
        Anchored.checkShape(start, end, text, "cue");
    }

    /** The cue at {@code text.substring(start, end)}. */
    public static Cue of(String articleText, int start, int end) {
        return new Cue(articleText.substring(start, end), start, end);
    }
}
