package io.github.lede.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What someone said: the words ({@link #text()}, without quote marks), where they stand in the
 * article text, how they are rendered ({@link QuoteType}), who said them and the cue that says so.
 * Immutable; build with {@link #builder(String, QuoteType, Mention)}.
 */
public final class Quote implements Anchored {

    private final String id;
    private final QuoteType type;
    private final String text;
    private final int start;
    private final int end;
    private final Speaker speaker;
    private final Cue cue;
    private final double confidence;

    private Quote(Builder b) {
        this.id = b.id;
        this.type = b.type;
        this.text = b.words.text();
        this.start = b.words.start();
        this.end = b.words.end();
        this.speaker = b.speaker;
        this.cue = b.cue;
        this.confidence = b.confidence;
    }

    /**
     * Starts a quote.
     *
     * @param id article-unique id, e.g. {@code "Q1"}
     * @param type how the words are rendered
     * @param words the words said and their place in the text, without quote marks
     */
    public static Builder builder(String id, QuoteType type, Mention words) {
        return new Builder(id, type, words);
    }

    /** A builder holding this quote's values. */
    public Builder toBuilder() {
        Builder b = new Builder(id, type, new Mention(start, end, text));
        b.speaker = speaker;
        b.cue = cue;
        b.confidence = confidence;
        return b;
    }

    /** Article-unique id. */
    public String id() {
        return id;
    }

    /** How the words are rendered. */
    public QuoteType type() {
        return type;
    }

    /** The words said, without the quote marks. */
    @Override
    public String text() {
        return text;
    }

    @Override
    public int start() {
        return start;
    }

    @Override
    public int end() {
        return end;
    }

    /** Who said it, when known. */
    public Optional<Speaker> speaker() {
        return Optional.ofNullable(speaker);
    }

    /** The words or mark that attribute it, when there are any. */
    public Optional<Cue> cue() {
        return Optional.ofNullable(cue);
    }

    /** How sure the annotator is of the quote and its speaker, in [0, 1]. */
    public double confidence() {
        return confidence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quote q && id.equals(q.id) && type == q.type && text.equals(q.text)
                && start == q.start && end == q.end && Objects.equals(speaker, q.speaker)
                && Objects.equals(cue, q.cue) && Double.compare(confidence, q.confidence) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, text, start, end, speaker, cue, confidence);
    }

    @Override
    public String toString() {
        return "Quote{" + id + " " + type + " \"" + text + "\" " + speaker + "}";
    }

    /** Builds a {@link Quote}. Not thread-safe; the built quote is. */
    public static final class Builder {
        private String id;
        private QuoteType type;
        private Mention words;
        private Speaker speaker;
        private Cue cue;
        private double confidence = 1.0;

        private Builder(String id, QuoteType type, Mention words) {
            id(id);
            type(type);
            words(words);
        }

        /** Sets the id. */
        public Builder id(String id) {
            this.id = Entity.requireText(id, "id");
            return this;
        }

        /** Sets the type. */
        public Builder type(QuoteType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /** Sets the words and their place. */
        public Builder words(Mention words) {
            this.words = Objects.requireNonNull(words, "words");
            return this;
        }

        /** Sets the speaker, or clears it with {@code null}. */
        public Builder speaker(Speaker speaker) {
            this.speaker = speaker;
            return this;
        }

        /** Sets the cue, or clears it with {@code null}. */
        public Builder cue(Cue cue) {
            this.cue = cue;
            return this;
        }

        /** Sets the confidence, in [0, 1]. */
        public Builder confidence(double confidence) {
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
            }
            this.confidence = confidence;
            return this;
        }

        /** The quote. */
        public Quote build() {
            return new Quote(this);
        }
    }
}
