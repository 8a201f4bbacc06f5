package io.github.lede.extractor.text;

import io.github.lede.spi.AnalysisContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into {@link TextLine}s, recognising list, heading and quotation markers.
 * A line with no letter or digit (blank, {@code * * *}, {@code -----}, {@code ====}) separates
 * paragraphs like a blank line.
 */
final class LineReader {

    private static final String BULLETS = "-*•·‣▪◦○●■□➤►";

    private LineReader() {
    }

    static List<TextLine> read(String text, AnalysisContext context) {
        List<TextLine> lines = new ArrayList<>();
        boolean blankBefore = true;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            context.checkDeadline("text extraction");
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            TextLine line = parse(text.substring(start, end), blankBefore);
            if (line == null) {
                blankBefore = true;
            } else {
                lines.add(line);
                blankBefore = false;
            }
            start = end + 1;
        }
        return lines;
    }

    /** The line, or null when it carries no words. */
    private static TextLine parse(String raw, boolean blankBefore) {
        String s = trim(raw);
        boolean quoted = false;
        while (s.startsWith(">")) {
            quoted = true;
            s = trim(s.substring(1));
        }
        if (!hasLetterOrDigit(s)) {
            return null;
        }
        LineMarker marker = LineMarker.NONE;
        if (s.length() > 2 && BULLETS.indexOf(s.charAt(0)) >= 0 && isSpace(s.charAt(1))) {
            marker = LineMarker.BULLET;
            s = trim(s.substring(1));
        } else if (isOrdinal(s)) {
            marker = LineMarker.ORDINAL;
        } else if (s.startsWith("#")) {
            int hashes = 0;
            while (hashes < s.length() && s.charAt(hashes) == '#') {
                hashes++;
            }
            if (hashes <= 6 && hashes < s.length() && isSpace(s.charAt(hashes))) {
                marker = LineMarker.HEADING;
                s = trim(s.substring(hashes));
            }
        }
        return new TextLine(s, marker, quoted, blankBefore);
    }

    /** {@code 1. }, {@code 12) }, {@code (3) }: up to three digits, then a space and words. */
    private static boolean isOrdinal(String s) {
        int i = s.startsWith("(") ? 1 : 0;
        int digits = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && digits < 4) {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 3 || i + 2 >= s.length()) {
            return false;
        }
        char close = s.charAt(i);
        boolean closes = s.startsWith("(") ? close == ')' : close == '.' || close == ')';
        return closes && isSpace(s.charAt(i + 1)) && !isSpace(s.charAt(i + 2));
    }

    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Whitespace including no-break and other Unicode space separators. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
