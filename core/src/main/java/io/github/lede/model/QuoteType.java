package io.github.lede.model;

/** How a quote renders what was said. */
public enum QuoteType {
    /** A whole quoted utterance between quote marks. */
    DIRECT,
    /** Quoted words inside reported speech: she called the plan “reckless”. */
    PARTIAL,
    /** Reported speech with no quote marks: X said that …, according to X, …. */
    INDIRECT
}
