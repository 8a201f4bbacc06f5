package io.github.lede.spi;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One input and what is known about it: its bytes (or text), content type, a charset hint (e.g.
 * from an HTTP header), the page URL and hints from where it came from (a feed item's title and
 * date). Immutable and safe to share.
 *
 * <p>The content type is always known: the caller's when declared, else detected by
 * {@link MediaTypes#detect}.
 */
public final class Source {

    /** Hint key: the title a feed item or crawl record gives. */
    public static final String HINT_TITLE = "title";
    /** Hint key: an ISO-8601 publication time a feed item gives. */
    public static final String HINT_PUBLISHED = "published";
    /** Hint key: authors a feed item gives, separated by {@code ", "}. */
    public static final String HINT_AUTHORS = "authors";
    /** Hint key: a description a feed item gives. */
    public static final String HINT_DESCRIPTION = "description";

    private final String name;
    /** The raw bytes; for a text source its UTF-8 encoding, made on first use (most never need it). */
    private volatile byte[] bytes;
    /** The size in bytes; for a text source counted on first use (-1 until then), since limits rarely need it. */
    private int size;
    private final String text;
    private final String contentType;
    private final boolean contentTypeDeclared;
    private final Charset charset;
    private final String url;
    private final Map<String, String> hints;

    private Source(Builder b) {
        this.name = b.name;
        this.text = b.text;
        this.bytes = b.bytes;
        this.size = b.text != null ? -1 : b.bytes.length;
        this.charset = b.text != null ? StandardCharsets.UTF_8 : b.charset;
        this.contentTypeDeclared = b.contentType != null;
        this.contentType = b.contentType != null ? MediaTypes.essence(b.contentType)
                : MediaTypes.detect(ByteBuffer.wrap(b.text != null ? head(b.text) : b.bytes), name);
        this.url = b.url;
        this.hints = Map.copyOf(b.hints);
    }

    /**
     * The UTF-8 length of {@code s}, without encoding it. Read in chunks as a plain counted loop
     * (it runs over every page given as text); text with surrogates is counted pair by pair.
     */
    private static int utf8Length(String s) {
        int len = s.length();
        long n = len;
        char[] chunk = new char[Math.min(len, 8192)];
        for (int off = 0; off < len; off += chunk.length) {
            int m = Math.min(chunk.length, len - off);
            s.getChars(off, off + m, chunk, 0);
            for (int k = 0; k < m; k++) {
                char c = chunk[k];
                if (c >= 0x80) {
                    if (Character.isSurrogate(c)) {
                        return utf8LengthWithSurrogates(s);
                    }
                    n += c < 0x800 ? 1 : 2;
                }
            }
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    private static int utf8LengthWithSurrogates(String s) {
        long n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n++; // a lone surrogate is encoded as '?'
            } else {
                n += 3;
            }
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** The UTF-8 bytes of the text's first characters, enough for content-type detection. */
    private static byte[] head(String text) {
        return text.substring(0, Math.min(text.length(), 4096)).getBytes(StandardCharsets.UTF_8);
    }

    /** A source holding {@code bytes} (copied). */
    public static Builder bytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new Builder(Arrays.copyOf(bytes, bytes.length), null);
    }

    /** A source holding already-decoded {@code text}. */
    public static Builder text(String text) {
        return new Builder(null, Objects.requireNonNull(text, "text"));
    }

    /** A builder holding this source's values. */
    public Builder toBuilder() {
        Builder b = text != null ? new Builder(null, text) : new Builder(bytes, null);
        b.name = name;
        b.contentType = contentTypeDeclared ? contentType : null;
        b.charset = text != null ? null : charset;
        b.url = url;
        b.hints.putAll(hints);
        return b;
    }

    /** The input as given: a file path, a URL, {@code "-"}. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The raw content, read-only (for a text source, its UTF-8 encoding). */
    public ByteBuffer bytes() {
        byte[] b = bytes;
        if (b == null) {
            b = text.getBytes(StandardCharsets.UTF_8);
            bytes = b;
        }
        return ByteBuffer.wrap(b).asReadOnlyBuffer();
    }

    /** Size of the raw content in bytes (for a text source, of its UTF-8 encoding). */
    public int size() {
        int n = size;
        if (n < 0) {
            // racy but safe: every thread computes the same value, and an int is written atomically
            n = utf8Length(text);
            size = n;
        }
        return n;
    }

    /**
     * Whether the raw content is larger than {@code max} bytes. For a text source this is answered
     * from its length alone when that settles it (UTF-8 takes one to three bytes per {@code char}),
     * so a limit check does not count the bytes of every page.
     *
     * @param max the limit in bytes
     * @return whether {@link #size()} is greater than {@code max}
     */
    public boolean isLargerThan(long max) {
        if (size < 0) {
            long chars = text.length();
            if (chars * 3 <= max || chars > max) {
                return chars > max;
            }
        }
        return size() > max;
    }

    /** The text, when the source was built from a {@code String}. */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** The content type's essence, e.g. {@code "text/html"}: declared or detected. */
    public String contentType() {
        return contentType;
    }

    /** Whether the caller declared the content type (rather than Lede detecting it). */
    public boolean isContentTypeDeclared() {
        return contentTypeDeclared;
    }

    /** The charset the transport declared (e.g. the HTTP {@code Content-Type}), if any. */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /** The page's own URL. */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** The host of {@link #url()}, lower-cased, without a leading {@code www.}. */
    public Optional<String> host() {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String h = java.net.URI.create(url.strip()).getHost();
            if (h == null) {
                return Optional.empty();
            }
            h = h.toLowerCase(java.util.Locale.ROOT);
            return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Metadata from where the input came from; keys such as {@link #HINT_TITLE}. */
    public Map<String, String> hints() {
        return hints;
    }

    @Override
    public String toString() {
        return "Source{" + (name == null ? "(unnamed)" : name) + ", " + contentType + ", " + size() + " bytes}";
    }

    /** Builds a {@link Source}. */
    public static final class Builder {
        private final byte[] bytes;
        private final String text;
        private String name;
        private String contentType;
        private Charset charset;
        private String url;
        private final Map<String, String> hints = new LinkedHashMap<>();

        private Builder(byte[] bytes, String text) {
            this.bytes = bytes;
            this.text = text;
        }

        /** Sets the label the input is known by in results and errors. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Declares the content type (parameters are ignored; use {@link #charset}). Null detects it. */
        public Builder contentType(String contentType) {
            this.contentType = contentType == null || contentType.isBlank() ? null : contentType;
            return this;
        }

        /** Sets a charset hint, or clears it with null. */
        public Builder charset(Charset charset) {
            this.charset = charset;
            return this;
        }

        /** Sets the page URL, or clears it with null. */
        public Builder url(String url) {
            this.url = url == null || url.isBlank() ? null : url.strip();
            return this;
        }

        /** Adds a hint; a null or blank value removes it. */
        public Builder hint(String key, String value) {
            Objects.requireNonNull(key, "key");
            if (value == null || value.isBlank()) {
                hints.remove(key);
            } else {
                hints.put(key, value);
            }
            return this;
        }

        /** The source. */
        public Source build() {
            return new Source(this);
        }
    }
}
