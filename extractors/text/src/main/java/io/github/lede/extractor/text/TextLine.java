package io.github.lede.extractor.text;

/**
 * One non-blank line of the input.
 *
 * @param content the line without surrounding whitespace and without bullet, heading or
 *     {@code >} quotation markers
 * @param marker the marker the line began with
 * @param quoted whether the line began with {@code >} (e-mail or Markdown quotation)
 * @param blankBefore whether a blank line (or the start of the text) precedes it
 */
record TextLine(String content, LineMarker marker, boolean quoted, boolean blankBefore) {
}
