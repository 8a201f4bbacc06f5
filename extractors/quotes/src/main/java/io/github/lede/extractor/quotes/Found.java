package io.github.lede.extractor.quotes;

import io.github.lede.model.QuoteType;

/**
 * A quote found but not yet built: its words, its cue, and the phrase naming its speaker or the
 * quote it takes its speaker from. Mutable within one annotation run.
 */
final class Found {

    final QuoteType type;
    final int start;
    final int end;
    int cueStart = -1;
    int cueEnd = -1;
    SpeakerPhrase phrase;
    /** The quote whose speaker and cue this one shares (split and run-on quotes, answers). */
    Found source;
    /** A speaker fixed up front (Q&A answers); resolved phrases fill it in. */
    Referent speaker;
    /** A speaker name when no referent fits ("Israeli military"). */
    String speakerName;
    double confidence;

    Found(QuoteType type, int start, int end, double confidence) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.confidence = confidence;
    }

    void cue(int from, int to) {
        cueStart = from;
        cueEnd = to;
    }

    /** The token at which the speaker is named, for resolving in text order. */
    int anchor(ArticleTokens doc) {
        if (phrase != null) {
            return phrase.from();
        }
        return doc.tokenAt(start);
    }
}
