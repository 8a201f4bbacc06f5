package io.github.lede.extractor.quotes;

/**
 * Words between a pair of quote marks within one paragraph.
 *
 * @param open token index of the opening mark
 * @param close token index of the closing mark, or -1 when the quote is never closed in its
 *     paragraph (it then ends at the paragraph's end, or where a careful reader would end it)
 * @param start first character of the words
 * @param end end of the words, exclusive
 * @param paragraph the paragraph index
 * @param runsOn whether the quote is left open and the next paragraph opens it again, the news
 *     convention for a quote over several paragraphs
 */
record QuotedSpan(int open, int close, int start, int end, int paragraph, boolean runsOn) {

    boolean closed() {
        return close >= 0;
    }
}
