package io.github.lede.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits text into {@link Token}s with exact offsets; whitespace is never a token.
 *
 * <p>Words keep inner apostrophes and hyphens ({@code O’Neill}, {@code don’t},
 * {@code Mensah-Darko}, {@code e-mail}); abbreviations and initials keep their periods
 * ({@code U.S.}, {@code Dr.}, {@code a.m.}, {@code J.}, see {@link Abbreviations}); numbers keep
 * decimal and thousands separators ({@code 3.5}, {@code 8,412}); a clitic {@code ’s}, {@code ‘s}
 * or {@code 's}, and a bare ’ after a plural s, is split off as {@link TokenKind#POSSESSIVE}
 * ({@code Netanyahu’s} gives {@code Netanyahu} + {@code ’s}). Quote marks that are not apostrophes
 * (see {@link QuoteMarks#isApostrophe(CharSequence, int, boolean)}) are {@link TokenKind#QUOTE}
 * tokens; whether a single quotation is open is tracked from the start of the range and reset at
 * each line break. URLs are one {@link TokenKind#SYMBOL} token and e-mail addresses one
 * {@link TokenKind#WORD}. A surrogate pair is one character; a lone surrogate is a SYMBOL.
 *
 * <p>Runs in time linear in the length of the range. Stateless and thread-safe.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** Tokenizes the whole of {@code text}. */
    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /**
     * Tokenizes {@code text} between {@code from} (inclusive) and {@code to} (exclusive). Offsets
     * index {@code text} itself; characters outside the range serve only as context.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code text}
     */
    public static List<Token> tokenize(String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        return new Scan(text, from, to).run();
    }

    /** Whether {@code cp} continues a word: a letter, digit or combining mark. */
    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Whether {@code cp} is Unicode punctuation (quote marks included). */
    static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C'
                || c == '\u0085';
    }

    /** One tokenization; holds the running state, never shared. */
    private static final class Scan {
        private final String text;
        private final int from;
        private final int to;
        private final List<Token> out = new ArrayList<>();
        /** Whether a single quotation opened on this line and has not closed. */
        private boolean singleOpen;
        /** Positions before this index are known not to start an e-mail address. */
        private int noEmailUntil;

        Scan(String text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
        }

        List<Token> run() {
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (isSpace(c)) {
                    if (isLineBreak(c)) {
                        singleOpen = false;
                    }
                    i++;
                } else if (Character.isSurrogate(c)) {
                    i = surrogate(i);
                } else if (startsUrl(i)) {
                    i = url(i);
                } else if (isWordChar(c) || startsElidedWord(i)) {
                    i = word(i);
                } else if (QuoteMarks.isQuoteMark(c)) {
                    quote(i);
                    i++;
                } else if (c == '.' || c == '-') {
                    int j = i + 1;
                    while (j < to && text.charAt(j) == c) {
                        j++;
                    }
                    emit(i, j, TokenKind.PUNCTUATION);
                    i = j;
                } else {
                    emit(i, i + 1, isPunctuation(c) ? TokenKind.PUNCTUATION : TokenKind.SYMBOL);
                    i++;
                }
            }
            return out;
        }

        /** The code point at {@code i}, never reading a low surrogate beyond the range. */
        private int cp(int i) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                return Character.toCodePoint(c, text.charAt(i + 1));
            }
            return c;
        }

        private void emit(int start, int end, TokenKind kind) {
            out.add(new Token(start, end, text.substring(start, end), kind));
        }

        private int surrogate(int i) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (isWordChar(cp(i))) {
                    return word(i);
                }
                emit(i, i + 2, isPunctuation(cp(i)) ? TokenKind.PUNCTUATION : TokenKind.SYMBOL);
                return i + 2;
            }
            emit(i, i + 1, TokenKind.SYMBOL);
            return i + 1;
        }

        private void quote(int i) {
            char c = text.charAt(i);
            emit(i, i + 1, TokenKind.QUOTE);
            if (!QuoteMarks.isSingle(c)) {
                return;
            }
            boolean leftFlank = i == 0 || isSpace(text.charAt(i - 1)) || isOpeningContext(text.charAt(i - 1));
            if (leftFlank && QuoteMarks.isOpening(c)) {
                singleOpen = true;
            } else if (QuoteMarks.isClosing(c)) {
                singleOpen = false;
            }
        }

        private boolean startsElidedWord(int i) {
            return i + 1 < to && isWordChar(cp(i + 1)) && QuoteMarks.isApostrophe(text, i, singleOpen);
        }

        /** A word, number, initialism or e-mail address starting at {@code start}; returns its end. */
        private int word(int start) {
            int email = email(start);
            if (email > start) {
                emit(start, email, TokenKind.WORD);
                return email;
            }
            int j = start;
            boolean hasLetter = false;
            boolean dotted = false;
            int segmentStart = start;
            if (!isWordChar(cp(j))) {
                j++; // a leading apostrophe: ’90s, ’til
            }
            while (true) {
                while (j < to && isWordChar(cp(j))) {
                    hasLetter |= Character.isLetter(cp(j));
                    j += Character.charCount(cp(j));
                }
                if (j + 1 >= to) {
                    break;
                }
                char c = text.charAt(j);
                int next = cp(j + 1);
                if (isApostropheChar(c)) {
                    if ((next == 's' || next == 'S') && j > start && !continuesWord(j + 2)) {
                        emit(start, j, kindOf(hasLetter));
                        emit(j, j + 2, TokenKind.POSSESSIVE);
                        return j + 2;
                    }
                    if (Character.isLetter(next) && QuoteMarks.isApostrophe(text, j, singleOpen)) {
                        j++;
                        continue;
                    }
                    break;
                }
                if ((c == '-' || c == '\u2010' || c == '\u2011') && isWordChar(next)
                        && (hasLetter || Character.isLetter(next))) {
                    j++;
                    continue;
                }
                if (c == '.' && !hasLetter && Character.isDigit(next)) {
                    j++; // a decimal: 3.5
                    continue;
                }
                if (c == ',' && !hasLetter && isThousands(j + 1)) {
                    j++;
                    continue;
                }
                if (c == '.' && Character.isLetter(next) && j - segmentStart == 1 && hasLetter
                        && !continuesWord(j + 2)) {
                    dotted = true; // U.S., e.g., a.m.
                    segmentStart = j + 1;
                    j++;
                    continue;
                }
                break;
            }
            if (j < to && j > start && isApostropheChar(text.charAt(j))) {
                char before = text.charAt(j - 1);
                if ((before == 's' || before == 'S') && QuoteMarks.isApostrophe(text, j, singleOpen)) {
                    emit(start, j, kindOf(hasLetter));
                    emit(j, j + 1, TokenKind.POSSESSIVE); // Hamas’ demands
                    return j + 1;
                }
                if (QuoteMarks.isApostrophe(text, j, singleOpen)) {
                    j++; // the closing mark of ’n’
                }
            } else if (j < to && text.charAt(j) == '.' && hasLetter
                    && (dotted || (j - start < 12 && isAbbreviationHere(text.substring(start, j + 1), j + 1)))) {
                j++;
            }
            emit(start, j, kindOf(hasLetter));
            return j;
        }

        /** "No." is a number sign only before a number: "No. 5", but "voted no." ends a clause. */
        private boolean isAbbreviationHere(String token, int after) {
            if (!Abbreviations.isAbbreviation(token)) {
                return false;
            }
            if (!Abbreviations.isNumberSign(token)) {
                return true;
            }
            int k = after;
            while (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
                k++;
            }
            return k < to && Character.isDigit(text.charAt(k));
        }

        private static TokenKind kindOf(boolean hasLetter) {
            return hasLetter ? TokenKind.WORD : TokenKind.NUMBER;
        }

        private boolean continuesWord(int i) {
            return i < to && isWordChar(cp(i));
        }

        /** Exactly three digits at {@code i}, then no further digit. */
        private boolean isThousands(int i) {
            if (i + 3 > to) {
                return false;
            }
            for (int k = i; k < i + 3; k++) {
                if (!Character.isDigit(text.charAt(k))) {
                    return false;
                }
            }
            return i + 3 == to || !Character.isDigit(text.charAt(i + 3));
        }

        /**
         * The end of an e-mail address starting at {@code start}, or {@code start} if there is
         * none. Remembers where the local-part run ended so that later starts in the same run
         * are not rescanned, which keeps the whole scan linear.
         */
        private int email(int start) {
            if (start < noEmailUntil) {
                return start;
            }
            int j = start;
            while (j < to && isLocalPartChar(text.charAt(j))) {
                j++;
            }
            if (j == start || j >= to || text.charAt(j) != '@') {
                noEmailUntil = j;
                return start;
            }
            int k = j + 1;
            while (k < to && (isAsciiAlnum(text.charAt(k)) || text.charAt(k) == '-' || text.charAt(k) == '.')) {
                k++;
            }
            while (k > j + 1 && text.charAt(k - 1) == '.') {
                k--; // the address ends a sentence
            }
            int lastDot = k - 1;
            while (lastDot > j && text.charAt(lastDot) != '.') {
                lastDot--;
            }
            lastDot = lastDot > j ? lastDot : -1;
            if (lastDot < 0 || lastDot >= k - 2 || lastDot == j + 1) {
                noEmailUntil = j;
                return start;
            }
            return k;
        }

        private boolean startsUrl(int i) {
            if (i > 0 && isWordChar(text.charAt(i - 1))) {
                return false;
            }
            return (text.regionMatches(true, i, "http://", 0, 7) && i + 7 < to)
                    || (text.regionMatches(true, i, "https://", 0, 8) && i + 8 < to)
                    || (text.regionMatches(true, i, "www.", 0, 4) && i + 4 < to
                            && isWordChar(text.charAt(i + 4)));
        }

        /** A URL up to the next space, without trailing punctuation or an unmatched closing bracket. */
        private int url(int start) {
            int j = start;
            int parens = 0;
            while (j < to && !isSpace(text.charAt(j))) {
                char c = text.charAt(j);
                if (c == '(') {
                    parens++;
                } else if (c == ')') {
                    parens--;
                }
                j++;
            }
            while (j > start + 1) {
                char c = text.charAt(j - 1);
                if (c == ')' && parens < 0) {
                    parens++;
                } else if (".,;:!?\"'\u2019\u201D\u00BB\u203A]}>".indexOf(c) < 0) {
                    break;
                }
                j--;
            }
            emit(start, j, TokenKind.SYMBOL);
            return j;
        }

        private static boolean isOpeningContext(char c) {
            return c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013' || c == '-' || c == '/'
                    || QuoteMarks.isDouble(c);
        }

        private static boolean isApostropheChar(char c) {
            return c == '\u2019' || c == '\u2018' || c == '\'' || c == '\u02BC' || c == '\u201B';
        }

        private static boolean isLocalPartChar(char c) {
            return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
        }

        private static boolean isAsciiAlnum(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
    }
}
