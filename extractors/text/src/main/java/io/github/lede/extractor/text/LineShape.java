package io.github.lede.extractor.text;

/** Measures of how a line reads: its length in words, its final punctuation, its capitals. */
final class LineShape {

    private static final String CLOSERS = "”’\"')]»›」";
    private static final String OPENERS = "“‘\"'«‹„‚「(";

    private LineShape() {
    }

    /**
     * Whether the text ends a sentence: {@code .}, {@code ?}, {@code !} or {@code …}, possibly
     * followed by closing quote marks or brackets.
     */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        return c == '.' || c == '?' || c == '!' || c == '…';
    }

    /** Whether the text ends as a clause that goes on: {@code : ; ,} or a dash. */
    static boolean endsOpen(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c == ':' || c == ';' || c == ',' || c == '-' || c == '–' || c == '—';
    }

    /** The number of words, counting no further than {@code cap + 1} so that long lines cost little. */
    static int words(String s, int cap) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length() && words <= cap; i++) {
            boolean space = LineReader.isSpace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** The first letter or digit, skipping opening quotes and brackets; 0 when there is none. */
    static char firstLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return 0;
    }

    /** Whether the text opens with a quote mark or bracket. */
    static boolean startsWithOpener(String s) {
        return !s.isEmpty() && OPENERS.indexOf(s.charAt(0)) >= 0;
    }

    /** Whether the text starts like a continuation of a sentence (a lower-case word). */
    static boolean startsLowerCase(String s) {
        return Character.isLowerCase(firstLetterOrDigit(s));
    }

    /**
     * The share of words of four or more letters that begin with a capital (headline case), or 1
     * when there are none.
     */
    static double capitalisedShare(String s) {
        int long_ = 0;
        int capitalised = 0;
        for (String w : s.split("\\s+")) {
            int letters = 0;
            char first = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLetter(c)) {
                    if (letters == 0) {
                        first = c;
                    }
                    letters++;
                }
            }
            if (letters >= 4) {
                long_++;
                if (Character.isUpperCase(first)) {
                    capitalised++;
                }
            }
        }
        return long_ == 0 ? 1 : (double) capitalised / long_;
    }
}
