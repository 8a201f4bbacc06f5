package io.github.lede.extractor.html.decode;

import io.github.lede.spi.MediaTypes;
import io.github.lede.text.TextDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an HTML page into text. The charset is taken, in this order, from
 * <ol>
 *   <li>a byte-order mark;</li>
 *   <li>the page's own declaration in its first 4 KiB: {@code <meta charset>} or
 *       {@code <meta http-equiv="Content-Type" content="…; charset=…">};</li>
 *   <li>the caller's hint (typically the HTTP {@code Content-Type} header);</li>
 *   <li>detection by {@link TextDecoder}: strict UTF-8, UTF-16 by its zero bytes, else windows-1252.</li>
 * </ol>
 * A declaration is distrusted when it is wrong in a way that can be seen: a page declared as a
 * single-byte Western charset (ISO-8859-1, windows-1252, US-ASCII) whose bytes are valid UTF-8
 * with multi-byte sequences is UTF-8 (a common mistake of templates and servers), and a page
 * declared as a charset it does not decode cleanly in falls back to detection.
 */
public final class HtmlDecoder {

    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    /**
     * Decodes a page.
     *
     * @param bytes the page (position and limit respected, left unchanged)
     * @param hint the charset the transport declared, or null
     * @return the text, without a byte-order mark
     */
    public static String decode(ByteBuffer bytes, Charset hint) {
        ByteBuffer b = bytes.duplicate();
        byte[] head = new byte[Math.min(PRESCAN_BYTES, b.remaining())];
        b.duplicate().get(head);
        // UTF-16 without a BOM is valid UTF-8 full of NULs, so it must be caught before the fast path
        if (TextDecoder.bomCharset(b).isPresent() || MediaTypes.looksLikeUtf16(head)) {
            return TextDecoder.decode(b, null);
        }
        Charset declared = declaredCharset(b).orElse(hint);
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            // Fast path for the common case; a replacement character means the bytes were not UTF-8.
            byte[] raw = new byte[b.remaining()];
            b.duplicate().get(raw);
            String s = new String(raw, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') < 0) {
                return s;
            }
        }
        if (declared != null && isSingleByteWestern(declared) && hasMultiByteUtf8(b)) {
            return TextDecoder.decode(b, StandardCharsets.UTF_8);
        }
        return TextDecoder.decode(b, declared);
    }

    /** The charset a {@code <meta>} tag in the first 4 KiB declares, when Java knows it. */
    static Optional<Charset> declaredCharset(ByteBuffer bytes) {
        int n = Math.min(PRESCAN_BYTES, bytes.remaining());
        byte[] head = new byte[n];
        bytes.duplicate().get(head);
        // Every byte maps to one char in ISO-8859-1, so the ASCII markup reads whatever the page's charset.
        Matcher m = META_CHARSET.matcher(new String(head, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("utf8") || name.equals("unicode")) {
                name = "utf-8";
            }
            try {
                if (Charset.isSupported(name)) {
                    return Optional.of(Charset.forName(name));
                }
            } catch (IllegalArgumentException e) {
                // an illegal name: look at the next declaration
            }
        }
        return Optional.empty();
    }

    private static boolean isSingleByteWestern(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.equals("iso-8859-1") || n.equals("windows-1252") || n.equals("us-ascii") || n.equals("iso-8859-15");
    }

    /** Whether the bytes hold at least one non-ASCII byte and decode as strict UTF-8. */
    private static boolean hasMultiByteUtf8(ByteBuffer b) {
        boolean nonAscii = false;
        for (int i = b.position(); i < b.limit(); i++) {
            if (b.get(i) < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(b.duplicate());
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
