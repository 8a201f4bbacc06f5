package io.github.lede.text;

import io.github.lede.spi.MediaTypes;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes bytes to text when the charset may be unknown or wrong: a byte-order mark wins, then
 * UTF-16 recognised by its zero bytes, then a declared charset that decodes cleanly, then strict
 * UTF-8, then windows-1252 (which maps every byte, so old Western pages still read sensibly).
 * A leading BOM is never part of the result.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param bytes the content (position and limit respected, left unchanged)
     * @param declared a charset the transport or document declared, or null
     * @return the text; never fails, since windows-1252 reads any byte (check {@link #isMostlyText})
     */
    public static String decode(ByteBuffer bytes, Charset declared) {
        ByteBuffer b = bytes.duplicate();
        Optional<Charset> bom = bomCharset(b);
        if (bom.isPresent()) {
            b.position(b.position() + bomLength(b, bom.get()));
            return strip(bom.get().decode(b).toString());
        }
        // before UTF-8 and any declared charset: NUL-interleaved ASCII is valid UTF-8 and Latin-1
        byte[] head = new byte[Math.min(4096, b.remaining())];
        b.duplicate().get(head);
        if (MediaTypes.looksLikeUtf16(head)) {
            Charset cs = head[0] == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return cs.decode(b).toString();
        }
        if (declared != null) {
            Optional<String> s = strict(b, declared);
            if (s.isPresent()) {
                return strip(s.get());
            }
        }
        Optional<String> utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        return WINDOWS_1252.decode(b).toString();
    }

    /** The charset a byte-order mark at the buffer's position names. */
    public static Optional<Charset> bomCharset(ByteBuffer b) {
        int p = b.position();
        int n = b.remaining();
        int b0 = n > 0 ? b.get(p) & 0xFF : -1;
        int b1 = n > 1 ? b.get(p + 1) & 0xFF : -1;
        int b2 = n > 2 ? b.get(p + 2) & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static int bomLength(ByteBuffer b, Charset cs) {
        return cs.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    private static Optional<String> strict(ByteBuffer b, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = d.decode(b.duplicate());
            return Optional.of(out.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String strip(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /** Whether the text is mostly printable: few control characters and replacement characters (first 64 Ki chars). */
    public static boolean isMostlyText(CharSequence s) {
        if (s.length() == 0) {
            return true;
        }
        int n = Math.min(s.length(), 65_536);
        int bad = 0;
        if (s instanceof String str) {
            // one unsigned comparison passes printable ASCII, most of any page, before the full test;
            // String.charAt itself, not through CharSequence, which the JIT would not inline here
            for (int i = 0; i < n; i++) {
                char c = str.charAt(i);
                if ((char) (c - 0x20) >= 0x5F && isBad(c)) {
                    bad++;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                if (isBad(s.charAt(i))) {
                    bad++;
                }
            }
        }
        return bad <= n / 20;
    }

    private static boolean isBad(char c) {
        return c < 0x20 ? c != '\n' && c != '\r' && c != '\t' && c != '\f' : c == '\uFFFD' || c == 0x7F;
    }
}
