package io.github.lede.spi;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells what kind of content an input holds, from magic numbers, the file name and a look at its
 * first bytes. Binary signatures win over a file name, so a PNG named {@code page.html} is
 * reported as an image.
 */
public final class MediaTypes {

    /** HTML. */
    public static final String HTML = "text/html";
    /** XHTML. */
    public static final String XHTML = "application/xhtml+xml";
    /** Plain text. */
    public static final String TEXT = "text/plain";
    /** Unknown binary data. */
    public static final String BINARY = "application/octet-stream";
    /** JSON. */
    public static final String JSON = "application/json";
    /** XML that is neither XHTML nor a feed. */
    public static final String XML = "application/xml";
    /** An RSS feed. */
    public static final String RSS = "application/rss+xml";
    /** An Atom feed. */
    public static final String ATOM = "application/atom+xml";

    private static final int SNIFF_BYTES = 4096;

    private MediaTypes() {
    }

    /** The type without parameters, lower-cased: {@code "Text/HTML; charset=utf-8"} gives {@code "text/html"}. */
    public static String essence(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** Whether the type is HTML or XHTML. */
    public static boolean isHtml(String contentType) {
        String e = essence(contentType);
        return e.equals(HTML) || e.equals(XHTML);
    }

    /**
     * Detects the type of {@code bytes}.
     *
     * @param bytes the content (its position and limit are respected and left unchanged)
     * @param fileName the input's name, or null
     */
    public static String detect(ByteBuffer bytes, String fileName) {
        ByteBuffer b = bytes.duplicate();
        byte[] head = new byte[Math.min(SNIFF_BYTES, b.remaining())];
        b.get(head);
        String magic = magic(head);
        if (magic != null) {
            return magic;
        }
        if (looksBinary(head)) {
            return BINARY;
        }
        if (fileName != null) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".shtml")) {
                return HTML;
            }
            if (lower.endsWith(".xhtml")) {
                return XHTML;
            }
            if (lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".md")) {
                return TEXT;
            }
            if (lower.endsWith(".json") || lower.endsWith(".jsonl")) {
                return JSON;
            }
        }
        String markup = markupType(head);
        if (markup != null) {
            return markup;
        }
        return looksLikeHtml(head) ? HTML : TEXT;
    }

    /** Feeds, XHTML and other XML by their root element; JSON by its opening bracket. */
    private static String markupType(byte[] head) {
        String t = new String(head, StandardCharsets.ISO_8859_1);
        if (looksLikeUtf16(head)) {
            t = t.replace("\0", "");
        }
        t = t.replace("\u00ef\u00bb\u00bf", "").strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("{\"") || t.startsWith("[{") || t.matches("(?s)^[\\[{]\\s*[\"{\\[].*")) {
            return JSON;
        }
        if (!t.startsWith("<?xml") && !t.startsWith("<rss") && !t.startsWith("<feed") && !t.startsWith("<rdf:rdf")) {
            return null;
        }
        if (t.contains("<rss") || t.contains("<rdf:rdf")) {
            return RSS;
        }
        if (t.contains("<feed") && t.contains("http://www.w3.org/2005/atom")) {
            return ATOM;
        }
        if (t.contains("<html")) {
            return XHTML;
        }
        return XML;
    }

    private static String magic(byte[] h) {
        if (startsWith(h, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(h, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (startsWith(h, '%', 'P', 'D', 'F')) {
            return "application/pdf";
        }
        if (startsWith(h, 'P', 'K', 3, 4)) {
            return "application/zip";
        }
        if (startsWith(h, 0x1F, 0x8B)) {
            return "application/gzip";
        }
        if (startsWith(h, 'R', 'I', 'F', 'F')) {
            return "application/riff";
        }
        return null;
    }

    private static boolean startsWith(byte[] h, int... sig) {
        if (h.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((h[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * More than a few NUL bytes, or many control bytes other than whitespace, mark binary data. UTF-16 text has NULs in every other
     * byte, so a BOM or that pattern counts as text.
     */
    static boolean looksBinary(byte[] h) {
        if (h.length == 0) {
            return false;
        }
        if (startsWith(h, 0xFE, 0xFF) || startsWith(h, 0xFF, 0xFE) || looksLikeUtf16(h)) {
            return false;
        }
        // a stray NUL or control character in otherwise readable text is damage, not binary data
        int nul = 0;
        int control = 0;
        for (byte x : h) {
            int c = x & 0xFF;
            if (c == 0) {
                nul++;
            } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return nul > h.length / 200 + 1 || nul + control > h.length / 10 + 1;
    }

    /** Mostly-ASCII UTF-16 without a BOM: NUL in (nearly) every odd or every even byte. */
    public static boolean looksLikeUtf16(byte[] h) {
        if (h.length < 4) {
            return false;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i + 1 < h.length; i += 2) {
            if (h[i] == 0) {
                evenZero++;
            }
            if (h[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = h.length / 2;
        return (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) || (oddZero > pairs * 0.6 && evenZero < pairs * 0.1);
    }

    private static boolean looksLikeHtml(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (looksLikeUtf16(head)) {
            s = s.replace("\0", "");
        }
        String t = s.strip();
        if (t.startsWith("\u00ef\u00bb\u00bf")) {
            t = t.substring(3).strip();
        }
        return t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<head")
                || t.startsWith("<body") || t.startsWith("<meta") || t.startsWith("<title")
                || s.contains("<html") || s.contains("<body") || s.contains("<head>")
                || (t.startsWith("<") && (s.contains("<p>") || s.contains("<div") || s.contains("<br")));
    }
}
