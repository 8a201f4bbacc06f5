package io.github.lede.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 indexes into an article's {@code text}.
 *
 * <p>Spans are plain values: they carry no reference to the text they index. Models that also
 * carry the surface form (see {@link Anchored}) are checked against the article text when the
 * {@link Article} is built.
 *
 * @param start first index, inclusive, at least 0
 * @param end last index, exclusive, at least {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    /** @throws IllegalArgumentException if {@code start < 0} or {@code end < start} */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** Number of UTF-16 units covered. */
    public int length() {
        return end - start;
    }

    /** Whether this span has no characters. */
    public boolean isEmpty() {
        return start == end;
    }

    /** Whether {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** Whether {@code index} lies inside this span. */
    public boolean contains(int index) {
        return index >= start && index < end;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    /** The characters of {@code text} this span covers. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
