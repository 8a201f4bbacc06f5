package io.github.lede.extractor.quotes;

/**
 * Where the text names a speaker: tokens {@code [from, to)}.
 *
 * @param from first token
 * @param to end token, exclusive
 * @param kind how it names the speaker
 */
record SpeakerPhrase(int from, int to, Kind kind) {

    /** How a phrase names a speaker. */
    enum Kind {
        /** he, she, they, it, we. */
        PRONOUN,
        /** A name run, titles left out: {@code Victor Aldana}, {@code Kestrel Foods}. */
        NAME,
        /** A role or kind: {@code the minister}, {@code Her daughter}, {@code A spokesperson for the utility}. */
        ROLE,
        /** who / which, standing for the noun before it. */
        RELATIVE
    }
}
