package io.github.lede.text;

import io.github.lede.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits text into sentences.
 *
 * <p>A sentence ends after {@code . ! ? …} (with any closing quote marks or brackets right after
 * it) when whitespace and then a capitalised word, a digit, a currency sign, an opening quote mark
 * or an opening bracket follow. Abbreviations, initials and dotted letters ({@code Dr.}, {@code J. R. R.},
 * {@code U.S.}) end a sentence only as {@link Abbreviations#endsSentence} allows; decimals and
 * URLs are single tokens and never split. Every line break ends a sentence, since callers pass
 * paragraphs. A list or interview marker opening a line ({@code 1.}, {@code Q.}) is not a
 * sentence of its own.
 *
 * <p>A quotation that spans several sentences stays in one sentence with its attribution when it
 * is closed later on the same line by {@code ,”} or is followed by a lower-case word, as in
 * {@code “… on this. It won’t happen without military pressure,” Halevi was quoted as saying.}
 * A quotation that is never closed ends with its line and does not affect splitting.
 *
 * <p>Spans index the given text, are trimmed of whitespace, never empty, in order, do not overlap
 * and together cover every non-whitespace character of the range. Runs in linear time.
 * Stateless and thread-safe.
 */
public final class SentenceSplitter {

    private static final String TERMINATORS = ".!?\u2026\u203D\u3002\uFF01\uFF1F";
    /** Terminators of scripts written without spaces between sentences. */
    private static final String UNSPACED_TERMINATORS = "\u3002\uFF01\uFF1F";

    private SentenceSplitter() {
    }

    /** The sentences of the whole of {@code text}. */
    public static List<Span> split(String text) {
        return split(text, 0, text.length());
    }

    /**
     * The sentences of {@code text} between {@code from} (inclusive) and {@code to} (exclusive);
     * spans index {@code text} itself.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code text}
     */
    public static List<Span> split(String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        List<Span> out = new ArrayList<>();
        int lineStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || Tokenizer.isLineBreak(text.charAt(i))) {
                if (i > lineStart) {
                    splitLine(text, Tokenizer.tokenize(text, lineStart, i), out);
                }
                lineStart = i + 1;
            }
        }
        return out;
    }

    private static void splitLine(String text, List<Token> tokens, List<Span> out) {
        int n = tokens.size();
        if (n == 0) {
            return;
        }
        boolean[] inAttributedQuote = new boolean[n];
        markAttributedQuotes(text, tokens, true, inAttributedQuote);
        markAttributedQuotes(text, tokens, false, inAttributedQuote);
        int first = 0;
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(k);
            boolean terminator = isTerminator(t);
            boolean abbreviation = !terminator && t.kind() == TokenKind.WORD && t.text().endsWith(".");
            if ((!terminator && !abbreviation) || (first == 0 && isListMarker(tokens, k))) {
                continue;
            }
            int last = k;
            while (last + 1 < n && isTrailer(tokens.get(last + 1))
                    && tokens.get(last + 1).start() == tokens.get(last).end()) {
                last++;
            }
            if (last + 1 >= n) {
                break;
            }
            Token next = tokens.get(last + 1);
            boolean gap = next.start() > tokens.get(last).end()
                    || (terminator && UNSPACED_TERMINATORS.indexOf(t.text().charAt(t.text().length() - 1)) >= 0);
            boolean ends = gap && startsSentence(next) && !inAttributedQuote[last]
                    && (terminator || Abbreviations.endsSentence(t.text(), next.text()));
            if (ends) {
                out.add(new Span(tokens.get(first).start(), tokens.get(last).end()));
                first = last + 1;
            }
            k = last;
        }
        out.add(new Span(tokens.get(first).start(), tokens.get(n - 1).end()));
    }

    /**
     * Marks the tokens inside quotations (double or single marks) that close on this line with
     * {@code ,”} or before a lower-case word: a sentence end inside one does not split, because
     * the quotation and its attribution form one sentence.
     */
    private static void markAttributedQuotes(String text, List<Token> tokens, boolean doubleMarks, boolean[] marks) {
        int open = -1;
        char opener = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != TokenKind.QUOTE) {
                continue;
            }
            char c = t.text().charAt(0);
            if (QuoteMarks.isDouble(c) != doubleMarks) {
                continue;
            }
            boolean spaceBefore = t.start() == 0 || Tokenizer.isSpace(text.charAt(t.start() - 1));
            boolean spaceAfter = t.end() >= text.length() || Tokenizer.isSpace(text.charAt(t.end()))
                    || Tokenizer.isPunctuation(text.charAt(t.end()));
            if (open < 0) {
                if (QuoteMarks.isOpening(c) && !(spaceAfter && !spaceBefore)) {
                    open = k;
                    opener = c;
                }
            } else if (QuoteMarks.matches(opener, c) && (!spaceBefore || spaceAfter)) {
                if (isAttributed(text, tokens, k)) {
                    for (int m = open; m < k; m++) {
                        marks[m] = true;
                    }
                }
                open = -1;
            } else if (QuoteMarks.isOpening(c) && spaceBefore) {
                open = k; // the previous quotation was never closed
                opener = c;
            }
        }
    }

    /** Whether the quotation closed by token {@code close} ends with a comma or runs on in lower case. */
    private static boolean isAttributed(String text, List<Token> tokens, int close) {
        int p = tokens.get(close).start() - 1;
        int limit = Math.max(0, p - 3);
        while (p > limit && QuoteMarks.isQuoteMark(text.charAt(p))) {
            p--; // ,’” closes a nested quotation too
        }
        if (p >= 0 && text.charAt(p) == ',') {
            return true;
        }
        if (close + 1 < tokens.size()) {
            Token next = tokens.get(close + 1);
            return next.kind() == TokenKind.WORD && Character.isLowerCase(next.text().codePointAt(0));
        }
        return false;
    }

    /** {@code 1.} or {@code Q.} opening a line: a list or interview marker, not a sentence. */
    private static boolean isListMarker(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k == 0) {
            return t.kind() == TokenKind.WORD && t.text().length() == 2 && Character.isLetter(t.text().charAt(0));
        }
        Token number = tokens.get(0);
        return k == 1 && t.text().equals(".") && number.kind() == TokenKind.NUMBER && number.text().length() <= 3
                && number.end() == t.start();
    }

    private static boolean isTerminator(Token t) {
        if (t.kind() != TokenKind.PUNCTUATION) {
            return false;
        }
        String s = t.text();
        for (int i = 0; i < s.length(); i++) {
            if (TERMINATORS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** What may stick to a sentence end: more terminators, closing quote marks and brackets. */
    private static boolean isTrailer(Token t) {
        if (t.kind() == TokenKind.QUOTE || isTerminator(t)) {
            return true;
        }
        return t.kind() == TokenKind.PUNCTUATION && ")]}".contains(t.text());
    }

    /** A capitalised or uncased word, a number, an amount, an opening quote mark or an opening bracket. */
    private static boolean startsSentence(Token t) {
        int cp = t.text().codePointAt(0);
        return switch (t.kind()) {
            case WORD, SYMBOL -> (Character.isLetterOrDigit(cp) && !Character.isLowerCase(cp))
                    || Character.getType(cp) == Character.CURRENCY_SYMBOL;
            case NUMBER -> true;
            case QUOTE -> QuoteMarks.isOpening((char) cp);
            case PUNCTUATION -> cp == '(' || cp == '[';
            default -> false;
        };
    }
}
