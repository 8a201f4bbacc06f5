package io.github.lede.extractor.text;

import io.github.lede.spi.AnalysisContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups lines into paragraphs, deciding once per document which convention it follows.
 *
 * <p>In most news text every line is a paragraph, whether or not blank lines separate them. Some
 * text is instead hard-wrapped at a fixed width (about 60–80 characters), so a paragraph spans
 * several lines. Such a document is recognised by the lines that are followed by another line of
 * the same block: most of them nearly reach the widest of them (the wrap width), and most end in
 * the middle of a sentence. In a wrapped document a line is joined to the next when it is long
 * enough that the next line's first word would not have fitted after it; a short line (a
 * subheading, a time stamp, the end of a paragraph) or a new list item starts a new block. Where
 * no blank lines separate paragraphs either, the test is strict: wrapping tools fill each line
 * greedily, so a line after which the next word would have fitted ended its paragraph.
 */
final class BlockSplitter {

    /** A wrap width narrower than this is not a column layout but short lines. */
    private static final int MIN_WRAP_WIDTH = 30;
    /** A line filled to at least this share of the wrap width was wrapped, not ended. */
    private static final double FILLED = 0.75;
    /** With this many blank lines, blank lines (not line ends) are what separates paragraphs. */
    private static final int MIN_BLANK_SEPARATED = 3;

    private BlockSplitter() {
    }

    static List<TextBlock> split(List<TextLine> lines, AnalysisContext context) {
        int width = wrapWidth(lines);
        boolean blankLinesSeparate = lines.stream().filter(TextLine::blankBefore).count() >= MIN_BLANK_SEPARATED;
        List<TextBlock> blocks = new ArrayList<>();
        StringBuilder text = null;
        TextLine first = null;
        TextLine previous = null;
        int count = 0;
        for (TextLine line : lines) {
            context.checkDeadline("text extraction");
            if (previous != null && width > 0 && continues(previous, line)
                    && filled(previous, line, blankLinesSeparate ? FILLED * width : width)) {
                join(text, line.content());
                count++;
            } else {
                if (first != null) {
                    blocks.add(new TextBlock(text.toString(), first.marker(), first.quoted(), count));
                }
                text = new StringBuilder(line.content());
                first = line;
                count = 1;
            }
            previous = line;
        }
        if (first != null) {
            blocks.add(new TextBlock(text.toString(), first.marker(), first.quoted(), count));
        }
        return blocks;
    }

    /** The wrap width when the document is hard-wrapped, else 0. */
    static int wrapWidth(List<TextLine> lines) {
        int width = 0;
        int followed = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (continues(lines.get(i), lines.get(i + 1))) {
                followed++;
                width = Math.max(width, lines.get(i).content().length());
            }
        }
        if (followed == 0 || width < MIN_WRAP_WIDTH) {
            return 0;
        }
        int filled = 0;
        int sentenceEnds = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (continues(line, lines.get(i + 1))) {
                if (filled(line, lines.get(i + 1), FILLED * width)) {
                    filled++;
                }
                if (LineShape.endsSentence(line.content())) {
                    sentenceEnds++;
                }
            }
        }
        return filled >= 0.6 * followed && sentenceEnds <= 0.4 * followed ? width : 0;
    }

    /** Whether {@code next} may continue the block {@code line} is in (layout permitting). */
    private static boolean continues(TextLine line, TextLine next) {
        return !next.blankBefore() && next.marker() == LineMarker.NONE && next.quoted() == line.quoted()
                && line.marker() != LineMarker.HEADING;
    }

    /** Whether the next line's first word would not have fitted after {@code line} within {@code width}. */
    private static boolean filled(TextLine line, TextLine next, double width) {
        return line.content().length() + 1 + firstWordLength(next.content()) > width;
    }

    private static int firstWordLength(String s) {
        int i = 0;
        while (i < s.length() && !LineReader.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Joins a wrapped line: with a space, or with none after a word broken at its hyphen. */
    private static void join(StringBuilder text, String next) {
        int n = text.length();
        boolean hyphenated = n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2))
                && !next.isEmpty() && Character.isLetter(next.charAt(0));
        if (!hyphenated) {
            text.append(' ');
        }
        text.append(next);
    }
}
