package io.github.lede.format.rss;

/** Makes strings safe for a feed document, which is XML 1.0 and read by HTML renderers. */
final class FeedText {

    private FeedText() {
    }

    /**
     * {@code s} with each UTF-16 unit XML 1.0 cannot carry (a C0 control other than tab, line
     * feed and carriage return, a lone surrogate, U+FFFE, U+FFFF) replaced by U+FFFD. A feed is
     * for reading, not for round trips, so it marks the loss instead of failing the whole feed.
     */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean allowed = c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD
                    || c == '\t' || c == '\n' || c == '\r' || pair;
            if (!allowed && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(allowed ? c : '\uFFFD');
                if (pair) {
                    b.append(s.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return b == null ? s : b.toString();
    }

    /** {@code s}, cleaned, with the characters HTML gives meaning to escaped. */
    static String html(String s) {
        String c = clean(s);
        StringBuilder b = new StringBuilder(c.length() + 16);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
