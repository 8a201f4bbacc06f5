package io.github.lede.extractor.html.dom;

import java.util.Locale;

/**
 * The key two spellings of one text share: its letters and digits, lower-cased, with spaces,
 * punctuation and symbols dropped. A headline in the {@code <title>}, an {@code h1} and the body
 * compare equal by it whatever their quotes, dashes and case.
 */
public final class TextKey {

    private TextKey() {
    }

    /** The letters and digits of {@code s}, lower-cased ("Don’t Panic!" gives "dontpanic"). */
    public static String of(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
