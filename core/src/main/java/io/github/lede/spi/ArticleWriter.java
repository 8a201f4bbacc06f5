package io.github.lede.spi;

import io.github.lede.model.Article;
import java.io.Closeable;
import java.io.IOException;

/**
 * Writes a stream of articles as one document (a JSON array, an RSS channel) or one record each
 * (JSON lines). Not thread-safe: one writer per output.
 */
public interface ArticleWriter extends Closeable {

    /** Writes one article; it may be buffered until {@link #close()}. */
    void write(Article article) throws IOException;

    /** Finishes the document and flushes. Does not close the underlying stream. */
    @Override
    void close() throws IOException;
}
