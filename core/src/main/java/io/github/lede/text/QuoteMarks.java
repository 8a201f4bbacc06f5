package io.github.lede.text;

/**
 * Classifies quotation marks and tells an apostrophe from a single quote mark.
 *
 * <p>Double marks: “ ” „ ‟ « » and the straight {@code "}. Single marks: ‘ ’ ‚ ‛ ‹ › and the
 * straight {@code '}. Several marks serve both sides depending on the language: “ closes a German
 * „…“ quote, ‘ closes a German ‚…‘ quote, and » opens a German or Danish »…« quote. The predicates
 * here therefore say what a mark <em>can</em> do; context decides what it does.
 *
 * <p>All methods are static and stateless.
 */
public final class QuoteMarks {

    private static final String DOUBLE = "\u201C\u201D\u201E\u201F\u00AB\u00BB\"";
    private static final String SINGLE = "\u2018\u2019\u201A\u201B\u2039\u203A'";
    private static final String OPENING = "\u201C\u201E\u201F\u00AB\u00BB\"\u2018\u201A\u201B\u2039\u203A'";
    private static final String CLOSING = "\u201D\u201C\u00BB\u00AB\"\u2019\u2018\u203A\u2039'";

    /** U+02BC MODIFIER LETTER APOSTROPHE: always an apostrophe, never a quote mark. */
    private static final char MODIFIER_APOSTROPHE = '\u02BC';

    /** Elided words written with a leading apostrophe: ’til, ’em, ’cause, ’n’. */
    private static final java.util.Set<String> ELISIONS = java.util.Set.of(
            "til", "tis", "twas", "twere", "em", "cause", "cos", "bout", "n", "nuff", "round", "neath", "ere");

    private QuoteMarks() {
    }

    /** Whether {@code c} is a double or single quotation mark (straight or typographic). */
    public static boolean isQuoteMark(char c) {
        return isDouble(c) || isSingle(c);
    }

    /** Whether {@code c} is a double quotation mark: “ ” „ ‟ « » or {@code "}. */
    public static boolean isDouble(char c) {
        return DOUBLE.indexOf(c) >= 0;
    }

    /** Whether {@code c} is a single quotation mark: ‘ ’ ‚ ‛ ‹ › or {@code '}. */
    public static boolean isSingle(char c) {
        return SINGLE.indexOf(c) >= 0;
    }

    /**
     * Whether {@code c} can open a quotation in some common style: “ „ ‟ « » " ‘ ‚ ‛ ‹ › '.
     * Note that ” and ’ never open.
     */
    public static boolean isOpening(char c) {
        return OPENING.indexOf(c) >= 0;
    }

    /**
     * Whether {@code c} can close a quotation in some common style: ” “ » « " ’ ‘ › ‹ '.
     * Note that „ ‚ ‟ and ‛ never close.
     */
    public static boolean isClosing(char c) {
        return CLOSING.indexOf(c) >= 0;
    }

    /**
     * The usual closing mark for {@code opener}: “→”, „→“, ‟→”, «→», »→«, ‘→’, ‚→‘, ‛→’, ‹→›,
     * ›→‹, "→", '→'.
     *
     * @throws IllegalArgumentException if {@code opener} cannot open a quotation
     */
    public static char closerFor(char opener) {
        return switch (opener) {
            case '\u201C', '\u201F' -> '\u201D';
            case '\u201E' -> '\u201C';
            case '\u00AB' -> '\u00BB';
            case '\u00BB' -> '\u00AB';
            case '\u2018', '\u201B' -> '\u2019';
            case '\u201A' -> '\u2018';
            case '\u2039' -> '\u203A';
            case '\u203A' -> '\u2039';
            case '"' -> '"';
            case '\'' -> '\'';
            default -> throw new IllegalArgumentException("not an opening quote mark: U+"
                    + Integer.toHexString(opener).toUpperCase(java.util.Locale.ROOT));
        };
    }

    /**
     * Whether {@code closer} closes a quotation opened by {@code opener}: “ with ”; „ with “ or ”;
     * ‟ with ”; « with »; » with «; ‘ with ’; ‚ with ‘ or ’; ‛ with ’; ‹ with ›; › with ‹;
     * " with "; ' with '. False when {@code opener} cannot open.
     */
    public static boolean matches(char opener, char closer) {
        if (!isOpening(opener)) {
            return false;
        }
        return closer == closerFor(opener)
                || (opener == '\u201E' && closer == '\u201D')
                || (opener == '\u201A' && closer == '\u2019');
    }

    /**
     * Whether the mark at {@code index} is an apostrophe rather than a quotation mark, without
     * knowing whether a single quotation is open. A mark after a final s (the plural possessive
     * in {@code Hamas’ demands}) is then taken for a closing quote mark; use
     * {@link #isApostrophe(CharSequence, int, boolean)} when the quotation state is known.
     *
     * @param text the text
     * @param index a UTF-16 index into {@code text}
     * @return false when the index is out of range or the character is not ’ ‘ ' ‛ or ʼ
     */
    public static boolean isApostrophe(CharSequence text, int index) {
        return isApostrophe(text, index, true);
    }

    /**
     * Whether the mark at {@code index} is an apostrophe rather than a quotation mark.
     *
     * <p>It is when it joins letters ({@code O’Neill}, {@code don’t}, {@code Halevi‘s},
     * {@code O‘Donnell}); when it elides the start of a word ({@code the ’90s}, {@code ’til},
     * {@code rock ’n’ roll}); and, for ’ or ', when it follows a final s and precedes a space,
     * punctuation or the end ({@code Hamas’ demands}) while no single quotation is open, since
     * that mark would otherwise close the quotation. U+02BC is always an apostrophe.
     *
     * @param text the text
     * @param index a UTF-16 index into {@code text}
     * @param singleQuoteOpen whether the caller knows a single quotation to be open at {@code index}
     * @return false when the index is out of range or the character is not ’ ‘ ' ‛ or ʼ
     */
    public static boolean isApostrophe(CharSequence text, int index, boolean singleQuoteOpen) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        if (c == MODIFIER_APOSTROPHE) {
            return true;
        }
        if (c != '\u2019' && c != '\u2018' && c != '\'' && c != '\u201B') {
            return false;
        }
        int before = index > 0 ? Character.codePointBefore(text, index) : -1;
        int after = index + 1 < text.length() ? Character.codePointAt(text, index + 1) : -1;
        boolean letterBefore = before >= 0 && Character.isLetterOrDigit(before);
        boolean letterAfter = after >= 0 && Character.isLetter(after);
        if (letterBefore && letterAfter) {
            return true;
        }
        if (isRockNRoll(text, index)) {
            return true;
        }
        if (!letterBefore && after >= 0 && Character.isLetterOrDigit(after)) {
            // ‘ usually opens a British quotation, so only ‘90s counts as elision for it
            return c == '\u2018' ? isDecade(text, index + 1, true) : startsElision(text, index + 1);
        }
        if (!singleQuoteOpen && (c == '\u2019' || c == '\'') && (before == 's' || before == 'S')) {
            return after < 0 || Character.isWhitespace(after) || isPunctuation(after);
        }
        return false;
    }

    /** ’90s, ’08, or an elided word (’til, ’em) starting at {@code from}. */
    private static boolean startsElision(CharSequence text, int from) {
        if (isDecade(text, from, false)) {
            return true;
        }
        int end = from;
        while (end < text.length() && end - from <= 6 && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return false;
        }
        return ELISIONS.contains(text.subSequence(from, end).toString().toLowerCase(java.util.Locale.ROOT));
    }

    /** Two digits, an s (optional unless {@code needS}), then no more letters or digits: 90s, 08. */
    private static boolean isDecade(CharSequence text, int from, boolean needS) {
        int n = text.length();
        if (from + 1 >= n || !isAsciiDigit(text.charAt(from)) || !isAsciiDigit(text.charAt(from + 1))) {
            return false;
        }
        int end = from + 2;
        if (end < n && text.charAt(end) == 's') {
            end++;
        } else if (needS) {
            return false;
        }
        return end >= n || !Character.isLetterOrDigit(text.charAt(end));
    }

    /** The marks around the n of {@code rock ’n’ roll}. */
    private static boolean isRockNRoll(CharSequence text, int index) {
        return ringsN(text, index - 2) || ringsN(text, index);
    }

    /** Whether {@code mark n mark} starts at {@code i}, standing alone as a word. */
    private static boolean ringsN(CharSequence text, int i) {
        if (i < 0 || i + 2 >= text.length()) {
            return false;
        }
        char n = text.charAt(i + 1);
        if ((n != 'n' && n != 'N') || !isElisionMark(text.charAt(i)) || !isElisionMark(text.charAt(i + 2))) {
            return false;
        }
        boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean endOk = i + 3 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 3));
        return startOk && endOk;
    }

    private static boolean isElisionMark(char c) {
        return c == '\u2019' || c == '\u2018' || c == '\'' || c == MODIFIER_APOSTROPHE;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.OTHER_PUNCTUATION, Character.DASH_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.START_PUNCTUATION, Character.CONNECTOR_PUNCTUATION -> true;
            default -> false;
        };
    }
}
