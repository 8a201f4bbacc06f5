package io.github.lede.format.xml;

/** Which UTF-16 units XML 1.0 can carry (its {@code Char} production). */
final class XmlChars {

    private XmlChars() {
    }

    /**
     * Whether the unit at {@code i} is allowed in an XML 1.0 document: tab, line feed, carriage
     * return, U+0020–U+D7FF, U+E000–U+FFFD, or a high surrogate followed by a low one (a
     * supplementary character). A lone surrogate, another C0 control, U+FFFE and U+FFFF are not.
     */
    static boolean isAllowed(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD) {
            return true;
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        return Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
}
