package io.github.lede.model;

/** What a block of the article body is. */
public enum ParagraphKind {
    /** Running text. */
    PARAGRAPH,
    /** A subheading inside the body (not the article's headline). */
    HEADING,
    /** One item of a list. */
    LIST_ITEM,
    /** Quoted or set-off material, such as an embedded statement. */
    BLOCKQUOTE
}
