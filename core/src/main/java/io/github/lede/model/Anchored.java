package io.github.lede.model;

/**
 * A piece of an article's text: a span plus the surface form it covers.
 *
 * <p>The invariant {@code article.text().substring(start(), end()).equals(text())} holds for
 * every anchored value of a built {@link Article}; {@link Article.Builder#build()} refuses
 * values that break it.
 */
public interface Anchored {

    /** First UTF-16 index in the article text, inclusive. */
    int start();

    /** Last UTF-16 index in the article text, exclusive. */
    int end();

    /** The surface form: exactly the characters between {@link #start()} and {@link #end()}. */
    String text();

    /** The range as a {@link Span}. */
    default Span span() {
        return new Span(start(), end());
    }

    /** Checks that the surface form has the span's length; used by implementations' constructors. */
    static void checkShape(int start, int end, String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " text must not be null");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(
                    what + " has an invalid span [" + start + ", " + end + ") for \"" + text + "\"");
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException(what + " span [" + start + ", " + end + ") has length "
                    + (end - start) + " but its text \"" + text + "\" has length " + text.length());
        }
    }
}
