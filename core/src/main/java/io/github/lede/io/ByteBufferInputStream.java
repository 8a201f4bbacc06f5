package io.github.lede.io;

import java.io.InputStream;
import java.nio.ByteBuffer;

/** An input stream over a buffer's remaining bytes, without copying them. */
public final class ByteBufferInputStream extends InputStream {

    private final ByteBuffer buffer;

    /** Reads {@code buffer} from its position to its limit (the buffer's position advances). */
    public ByteBufferInputStream(ByteBuffer buffer) {
        this.buffer = buffer;
    }

    @Override
    public int read() {
        return buffer.hasRemaining() ? buffer.get() & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!buffer.hasRemaining()) {
            return -1;
        }
        int n = Math.min(len, buffer.remaining());
        buffer.get(b, off, n);
        return n;
    }

    @Override
    public int available() {
        return buffer.remaining();
    }
}
