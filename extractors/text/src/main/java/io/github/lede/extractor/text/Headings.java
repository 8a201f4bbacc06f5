package io.github.lede.extractor.text;

import java.util.regex.Pattern;

/**
 * Recognises the blocks that are not running text: the headline on the first line, subheadings
 * inside the body and live-blog time stamps.
 */
final class Headings {

    /** A headline longer than this is a paragraph. */
    private static final int HEADLINE_MAX_CHARS = 200;
    private static final int HEADLINE_MAX_WORDS = 25;
    private static final int SUBHEADING_MAX_CHARS = 120;
    private static final int SUBHEADING_MAX_WORDS = 15;
    /** A subheading of more words than this must be in headline case. */
    private static final int SHORT_PHRASE_WORDS = 10;

    /** {@code 3:15 p.m.}, {@code 14:05}, {@code 9 a.m. EDT}, {@code 10.30am BST}. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?\\s?m\\.?)?|\\d{1,2}\\s*[ap]\\.?\\s?m\\.?)(?:\\s+[A-Z]{2,5})?",
            Pattern.CASE_INSENSITIVE);

    private Headings() {
    }

    /**
     * Whether the first block reads as a headline: short, written as one line, followed by more
     * text that does not continue it, and not a clause left open ({@code :}, {@code ,}).
     */
    static boolean isHeadline(TextBlock first, TextBlock next) {
        String s = first.text();
        return next != null && (first.marker() == LineMarker.NONE || first.marker() == LineMarker.HEADING)
                && !first.quoted() && first.lines() <= 3
                && s.length() <= HEADLINE_MAX_CHARS && LineShape.words(s, HEADLINE_MAX_WORDS) <= HEADLINE_MAX_WORDS
                && !LineShape.endsOpen(s) && !LineShape.startsLowerCase(s) && !isTimestamp(s)
                && !LineShape.startsLowerCase(next.text());
    }

    /**
     * Whether a body block is a subheading: one short line without final punctuation, in headline
     * case or a short phrase, starting with a capital or digit rather than a quote mark.
     */
    static boolean isSubheading(TextBlock b) {
        String s = b.text();
        if (b.lines() > 2 || s.length() > SUBHEADING_MAX_CHARS || LineShape.endsSentence(s)
                || LineShape.endsOpen(s) || LineShape.startsWithOpener(s)) {
            return false;
        }
        char first = LineShape.firstLetterOrDigit(s);
        if (first == 0 || Character.isLowerCase(first) || !Character.isLetterOrDigit(s.charAt(0))) {
            return false;
        }
        int words = LineShape.words(s, SUBHEADING_MAX_WORDS);
        return words <= SHORT_PHRASE_WORDS
                || (words <= SUBHEADING_MAX_WORDS && LineShape.capitalisedShare(s) >= 0.6);
    }

    /** Whether the block is nothing but a clock time, as live blogs head their updates. */
    static boolean isTimestamp(String s) {
        return s.length() <= 20 && TIMESTAMP.matcher(s).matches();
    }
}
