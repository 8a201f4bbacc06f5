package io.github.lede.extractor.entities;

/**
 * A word of the article as the name finder sees it.
 *
 * @param start first index in the text
 * @param end index after the word (a possessive 's is not part of it)
 * @param text the word as written, without a possessive 's
 * @param possessive whether a possessive ('s, ’s, ‘s or a bare apostrophe) follows
 * @param initial whether it opens a sentence or a quotation, where capitals tell nothing
 * @param headline whether it stands in a headline-case or all-capitals line
 */
record Word(int start, int end, String text, boolean possessive, boolean initial, boolean headline) {

    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Two or more letters, all of them capitals ("FCC", "U.S."). */
    boolean allCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
