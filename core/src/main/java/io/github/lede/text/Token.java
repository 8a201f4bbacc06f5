package io.github.lede.text;

import io.github.lede.model.Anchored;

/**
 * One token of a text, as produced by {@link Tokenizer}.
 *
 * @param start first UTF-16 index in the tokenized text, inclusive
 * @param end last UTF-16 index, exclusive
 * @param text exactly the characters between {@code start} and {@code end}
 * @param kind what the token is
 */
public record Token(int start, int end, String text, TokenKind kind) implements Anchored {

    /** @throws IllegalArgumentException if the span is invalid, its length differs from the text's, or kind is null */
    public Token {
        Anchored.checkShape(start, end, text, "token");
        if (kind == null) {
            throw new IllegalArgumentException("token kind must not be null");
        }
    }

    /** Whether this is a {@link TokenKind#WORD}. */
    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    /** Whether the token starts with an upper-case or title-case letter ({@code Blinken}, {@code U.S.}). */
    public boolean isCapitalized() {
        if (text.isEmpty()) {
            return false;
        }
        int cp = text.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** Whether the token has at least two letters and none of them is lower-case ({@code NATO}, {@code U.S.}). */
    public boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (Character.isLowerCase(cp)) {
                    return false;
                }
                letters++;
            }
            i += Character.charCount(cp);
        }
        return letters >= 2;
    }
}
