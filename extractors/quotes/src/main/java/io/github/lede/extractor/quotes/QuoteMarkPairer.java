package io.github.lede.extractor.quotes;

import io.github.lede.text.QuoteMarks;
import io.github.lede.text.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Pairs quote marks paragraph by paragraph and returns the outermost quoted spans.
 *
 * <p>Apostrophes are already told apart by the {@link io.github.lede.text.Tokenizer} (only real
 * marks are QUOTE tokens). A mark opens when it can open in some style ({@link QuoteMarks}) and
 * stands before a word; it closes the innermost open mark it {@link QuoteMarks#matches matches}
 * when it stands after a word. Marks inside an outer quote are nested and stay part of it. A
 * mark left open ends with its paragraph: if the paragraph carries on past an attribution
 * ({@code “… so have I, he said by phone}), the quote ends at the comma before it; if the next
 * paragraph opens a mark again, the quote runs on (one span per paragraph). A new opening mark
 * of the same kind while one is open ends the old quote there, unless both are straight and the
 * next two straight marks both close ({@code "He said "no" to me," Ruiz said}): then it is nested.
 * The pass stays linear: that look-ahead stops at the first straight mark that cannot close.
 * Curly and straight double marks of one quote may be mixed ({@code “… Vermont," Clinton said}).
 */
final class QuoteMarkPairer {

    private QuoteMarkPairer() {
    }

    /** The outermost quoted spans of every paragraph, in text order. */
    static List<QuotedSpan> pair(ArticleTokens doc) {
        List<QuotedSpan> out = new ArrayList<>();
        for (int p = 0; p < doc.paragraphs.size(); p++) {
            pairParagraph(doc, p, out);
        }
        return out;
    }

    private static void pairParagraph(ArticleTokens doc, int p, List<QuotedSpan> out) {
        int from = doc.paragraphStart[p];
        int to = doc.paragraphStart[p + 1];
        int paraEnd = doc.paragraphs.get(p).end();
        String text = doc.text;
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            if (!doc.isQuote(i)) {
                continue;
            }
            Token t = doc.get(i);
            char c = t.text().charAt(0);
            boolean before = t.start() > 0 && isWordSide(text.charAt(t.start() - 1));
            boolean after = t.end() < paraEnd && isWordSide(text.charAt(t.end()));
            boolean canClose = QuoteMarks.isClosing(c) && (before || !after);
            boolean canOpen = QuoteMarks.isOpening(c) && (after || !before);
            int match = canClose ? matchingOpen(doc, open, c) : -1;
            if (match >= 0) {
                while (open.peek() != match) {
                    open.pop(); // marks opened inside and never closed
                }
                open.pop();
                if (open.isEmpty()) {
                    out.add(new QuotedSpan(match, i, doc.get(match).end(), t.start(), p, false));
                }
            } else if (canOpen) {
                if (open.size() == 1 && QuoteMarks.isDouble(c) && QuoteMarks.isDouble(doc.word(open.peek()).charAt(0))
                        && !before && !(c == '"' && doc.word(open.peek()).charAt(0) == '"' && nestedStraight(doc, i, to, paraEnd))) {
                    // a second double opener while one is open: the first was never closed
                    int o = open.pop();
                    addUnclosed(doc, o, t.start(), p, false, out);
                }
                open.push(i);
            }
        }
        if (!open.isEmpty()) {
            int outer = open.getLast();
            boolean runsOn = p + 1 < doc.paragraphs.size() && opensWithQuote(doc, p + 1);
            addUnclosed(doc, outer, paraEnd, p, runsOn, out);
        }
    }

    /**
     * Whether the straight mark {@code i}, opening while a straight quote is open, is a nested
     * quote ({@code "He said "no" to me," Ruiz said}): the next two straight marks of the
     * paragraph both stand where a mark closes, after a word.
     */
    private static boolean nestedStraight(ArticleTokens doc, int i, int to, int paraEnd) {
        int closers = 0;
        for (int k = i + 1; k < to && closers < 2; k++) {
            if (doc.isQuote(k) && doc.word(k).charAt(0) == '"') {
                Token t = doc.get(k);
                boolean before = isWordSide(doc.text.charAt(t.start() - 1));
                boolean after = t.end() < paraEnd && isWordSide(doc.text.charAt(t.end()));
                if (!before || after && Character.isLetterOrDigit(doc.text.charAt(t.end()))) {
                    return false;
                }
                closers++;
            }
        }
        return closers == 2;
    }

    /**
     * The innermost open mark that {@code closer} closes, or -1. Writers and editing tools mix
     * curly and straight double marks ({@code “… from Vermont," Clinton said}): when no open mark
     * matches exactly, a straight double closer closes an innermost curly double opener and a
     * curly double closer closes an innermost straight one.
     */
    private static int matchingOpen(ArticleTokens doc, Deque<Integer> open, char closer) {
        for (int o : open) {
            if (QuoteMarks.matches(doc.word(o).charAt(0), closer)) {
                return o;
            }
        }
        if (!open.isEmpty() && (closer == '"' || closer == '\u201D')) {
            char opener = doc.word(open.peek()).charAt(0);
            if ("\u201C\u201E\u201F\"".indexOf(opener) >= 0 && (opener == '"') != (closer == '"')) {
                return open.peek();
            }
        }
        return -1;
    }

    private static void addUnclosed(ArticleTokens doc, int openTok, int limit, int p, boolean runsOn,
            List<QuotedSpan> out) {
        int start = doc.get(openTok).end();
        int end = limit;
        int stop = doc.tokenAt(limit);
        // “… so have I, he said by phone: the writer left out the closing mark before the attribution
        for (int k = openTok + 2; k + 1 < stop; k++) {
            if (doc.isPunct(k - 1, ",") && Lexicon.SPEECH_VERBS.contains(doc.bare(k + 1))
                    && (Lexicon.SUBJECT_PRONOUNS.contains(doc.bare(k)) || doc.isCapitalizedWord(k))) {
                end = doc.get(k - 1).end();
                runsOn = false;
                break;
            }
        }
        while (end > start && Character.isWhitespace(doc.text.charAt(end - 1))) {
            end--;
        }
        if (end - start >= 2) {
            out.add(new QuotedSpan(openTok, -1, start, end, p, runsOn));
        }
    }

    private static boolean opensWithQuote(ArticleTokens doc, int p) {
        int first = doc.paragraphStart[p];
        return first < doc.paragraphStart[p + 1] && doc.isQuote(first)
                && QuoteMarks.isOpening(doc.word(first).charAt(0));
    }

    /** Whether a character next to a mark is part of the words (not space, not an outer mark or bracket). */
    private static boolean isWordSide(char c) {
        return !Character.isWhitespace(c) && "([{—–".indexOf(c) < 0;
    }
}
