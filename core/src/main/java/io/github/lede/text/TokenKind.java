package io.github.lede.text;

/** What a {@link Token} is. */
public enum TokenKind {
    /**
     * A word: letters, possibly with digits, inner apostrophes and hyphens ({@code O’Neill},
     * {@code Mensah-Darko}), an abbreviation or initial with its periods ({@code U.S.},
     * {@code Dr.}, {@code J.}), or an e-mail address.
     */
    WORD,
    /** Digits, possibly with decimal and thousands separators: {@code 2024}, {@code 3.5}, {@code 8,412}. */
    NUMBER,
    /** Punctuation other than quote marks: {@code . , ; : ! ? ( ) — – …}; a run of periods is one token. */
    PUNCTUATION,
    /** A quotation mark (see {@link QuoteMarks}) that is not an apostrophe. */
    QUOTE,
    /** Anything else: currency and math signs, emoji, control characters, lone surrogates, URLs. */
    SYMBOL,
    /**
     * A clitic split off the word before it: {@code ’s}, {@code ‘s} or {@code 's} (possessive or
     * a contracted {@code is}/{@code has}), or a bare ’ or ' after a plural s ({@code Hamas’}).
     */
    POSSESSIVE
}
