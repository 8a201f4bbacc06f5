package io.github.lede.extractor.html.dom;

/**
 * Whitespace as the passes that read a page collapse it, without a regular expression: the
 * replacement of {@code \s+} by one space runs on every short text of a page, and a loop over the
 * characters costs a fraction of a regex matcher.
 */
public final class Whitespace {

    private Whitespace() {
    }

    /**
     * {@code s} with each run of regex {@code \s} characters (space, tab, line feed, vertical tab,
     * form feed, carriage return) and no-break spaces made one space, then
     * {@link String#strip() stripped}: exactly what replacing the no-break spaces with spaces,
     * then every match of {@code \s+} with one space, then stripping gives.
     */
    public static String collapse(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !(isSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < n && isSpace(s.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return s.strip(); // nothing to replace: the common case
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                b.append(' ');
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString().strip();
    }

    /** A regex {@code \s} character or a no-break space. */
    private static boolean isSpace(char c) {
        return c <= ' ' ? c == ' ' || c >= '\t' && c <= '\r' : c == '\u00A0';
    }
}
