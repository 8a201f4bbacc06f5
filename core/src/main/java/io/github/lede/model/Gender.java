package io.github.lede.model;

/** Grammatical gender of an entity, as far as the text or a first-name lexicon tells. */
public enum Gender {
    /** Referred to as he/him, Mr., or a first name that is mostly male. */
    MALE,
    /** Referred to as she/her, Mrs./Ms., or a first name that is mostly female. */
    FEMALE,
    /** Referred to as it (organisations, places). */
    NEUTER,
    /** Nothing tells. */
    UNKNOWN
}
