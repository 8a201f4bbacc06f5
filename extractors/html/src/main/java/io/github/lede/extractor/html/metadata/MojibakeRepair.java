package io.github.lede.extractor.html.metadata;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs UTF-8 text that was once read as Latin-1 or windows-1252 and written out again
 * ("Investorâ€™s" or "Investorâ\u0080\u0099s" for "Investor’s"), when that is certain: a run of a
 * UTF-8 lead byte's character followed by continuation characters is replaced only when it
 * decodes as strict UTF-8 and holds a character real text never has there, a C1 control
 * ({@code U+0080}–{@code U+009F}) or a windows-1252 punctuation sign (€, ™, “, ‚ ...). A plain
 * Latin-1 pair such as "Ã©" is left alone: it may be meant.
 */
final class MojibakeRepair {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** windows-1252's characters for the bytes 0x80-0x9F. */
    private static final String CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    private MojibakeRepair() {
    }

    /** {@code s} with each certain mojibake run decoded; {@code s} itself when it has none. */
    static String repair(String s) {
        StringBuilder out = null;
        int last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int len = c >= '\u00C2' && c <= '\u00DF' ? 2 : c >= '\u00E0' && c <= '\u00EF' ? 3 : c >= '\u00F0' && c <= '\u00F4' ? 4 : 0;
            if (len == 0 || i + len > s.length()) {
                continue;
            }
            String run = s.substring(i, i + len);
            String fixed = hasTelltale(run) ? decode(run) : null;
            if (fixed != null) {
                out = out == null ? new StringBuilder(s.length()) : out;
                out.append(s, last, i).append(fixed);
                last = i + len;
                i += len - 1;
            }
        }
        return out == null ? s : out.append(s, last, s.length()).toString();
    }

    private static boolean hasTelltale(String run) {
        boolean telltale = false;
        for (int i = 1; i < run.length(); i++) {
            char c = run.charAt(i);
            boolean cp1252 = CP1252_HIGH.indexOf(c) >= 0;
            if (!(c >= '\u0080' && c <= '\u00BF' || cp1252)) {
                return false; // not a continuation byte's character
            }
            telltale |= c <= '\u009F' || cp1252;
        }
        return telltale;
    }

    /** The run's characters as the bytes they were read from, decoded as strict UTF-8; null when they are not UTF-8. */
    private static String decode(String run) {
        byte[] bytes = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            bytes[i] = c <= '\u00FF' ? (byte) c : CP1252.encode(String.valueOf(c)).get();
        }
        try {
            String d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return d.codePointCount(0, d.length()) == 1 ? d : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
