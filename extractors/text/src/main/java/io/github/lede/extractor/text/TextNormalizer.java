package io.github.lede.extractor.text;

/**
 * Brings decoded text to one line-break convention without losing any visible character:
 * {@code \r\n}, {@code \r}, NEL, vertical tab, form feed and U+2028 become {@code \n}; U+2029
 * (paragraph separator) becomes a blank line; a leading byte-order mark and every other control
 * character except {@code \n} and {@code \t} are removed. Everything else — quote marks,
 * apostrophes, no-break spaces — is kept exactly.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < n && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u000B', '\u000C', '\u0085', '\u2028' -> out.append('\n');
                case '\u2029' -> out.append("\n\n");
                case '\t' -> out.append(c);
                case '\uFEFF' -> {
                    // a BOM is only meaningful at the start; elsewhere it is a zero-width no-break space
                    if (i > 0) {
                        out.append(c);
                    }
                }
                default -> {
                    if (!isControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
