package io.github.lede.model;

/** Whether an entity is referred to as one or many (they/them for a group), as far as the text tells. */
public enum GrammaticalNumber {
    /** One referent. */
    SINGULAR,
    /** A group referred to in the plural. */
    PLURAL,
    /** Nothing tells. */
    UNKNOWN
}
