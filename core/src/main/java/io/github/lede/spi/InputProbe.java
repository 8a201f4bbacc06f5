package io.github.lede.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;

/**
 * A first look at an input that may stand for many articles: its name, detected or declared
 * content type, its first bytes, and a way to open it from the start. Expanders decide from this
 * whether they read the input, without loading all of it.
 */
public final class InputProbe {

    /** How many leading bytes a probe holds. */
    public static final int HEAD_BYTES = 8192;

    /** Opens the input from its first byte. */
    @FunctionalInterface
    public interface Opener {
        /** A new stream over the whole input; the caller closes it. */
        InputStream open() throws IOException;
    }

    private final String name;
    private final String contentType;
    private final byte[] head;
    private final Opener opener;
    private final String url;

    /**
     * @param name the input as given (path or URL)
     * @param contentType declared or detected content type essence
     * @param head the first bytes, at most {@link #HEAD_BYTES}
     * @param opener opens the whole input
     * @param url the input's URL, or null for a file
     */
    public InputProbe(String name, String contentType, byte[] head, Opener opener, String url) {
        this.name = Objects.requireNonNull(name, "name");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.head = head.clone();
        this.opener = Objects.requireNonNull(opener, "opener");
        this.url = url;
    }

    /** The input as given. */
    public String name() {
        return name;
    }

    /** The content type's essence, declared or detected. */
    public String contentType() {
        return contentType;
    }

    /** The first bytes, read-only. */
    public ByteBuffer head() {
        return ByteBuffer.wrap(head).asReadOnlyBuffer();
    }

    /** The first bytes decoded leniently as Latin-1, for cheap markup sniffing. */
    public String headText() {
        return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The input's URL, when it was fetched. */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** Opens the whole input from its first byte; the caller closes the stream. */
    public InputStream open() throws IOException {
        return opener.open();
    }
}
