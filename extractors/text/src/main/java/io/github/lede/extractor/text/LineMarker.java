package io.github.lede.extractor.text;

/** How a line of plain text announces its role before its words begin. */
enum LineMarker {
    /** No marker: running text, or the continuation of a wrapped line. */
    NONE,
    /** A bullet ({@code - }, {@code * }, {@code • } …), removed from the line's content. */
    BULLET,
    /** A number such as {@code 1.} or {@code 2)}, kept in the content because it carries meaning. */
    ORDINAL,
    /** A Markdown heading marker ({@code ## }), removed from the content. */
    HEADING
}
