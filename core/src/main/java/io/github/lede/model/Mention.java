package io.github.lede.model;

/**
 * One place where the article text names an entity.
 *
 * @param start first index in the article text, inclusive
 * @param end last index, exclusive
 * @param text the surface form, e.g. {@code "Blinken"}
 */
public record Mention(int start, int end, String text) implements Anchored, Comparable<Mention> {

    /** @throws IllegalArgumentException if the span is invalid or does not match the text's length */
    public Mention {
        Anchored.checkShape(start, end, text, "mention");
    }

    /** The mention of {@code text.substring(start, end)}. */
    public static Mention of(String articleText, int start, int end) {
        return new Mention(start, end, articleText.substring(start, end));
    }

    @Override
    public int compareTo(Mention o) {
        return span().compareTo(o.span());
    }
}
