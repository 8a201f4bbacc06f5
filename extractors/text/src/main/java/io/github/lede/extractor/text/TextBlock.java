package io.github.lede.extractor.text;

/**
 * A candidate paragraph: one line, or hard-wrapped lines joined with a space.
 *
 * @param text the block's text as it will appear in the article
 * @param marker the marker of its first line
 * @param quoted whether its lines were marked with {@code >}
 * @param lines how many input lines it was made from
 */
record TextBlock(String text, LineMarker marker, boolean quoted, int lines) {
}
