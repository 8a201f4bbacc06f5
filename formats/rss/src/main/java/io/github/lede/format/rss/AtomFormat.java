package io.github.lede.format.rss;

import io.github.lede.spi.ArticleFormat;
import io.github.lede.spi.ArticleWriter;
import java.io.OutputStream;

/**
 * The {@code atom} format: analysed articles as an Atom 1.0 feed, one {@code <entry>} per article,
 * written with Rome. It carries what the {@link RssFormat rss} format does, in Atom's own elements
 * (see the {@linkplain io.github.lede.format.rss package documentation}).
 *
 * <p>Write-only ({@link #canRead()} is false). The writer keeps the articles until
 * {@link ArticleWriter#close()}, which writes the whole feed. Stateless and thread-safe.
 */
public final class AtomFormat implements ArticleFormat {

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public AtomFormat() {
    }

    /** {@code "atom"}. */
    @Override
    public String name() {
        return "atom";
    }

    /** {@code "application/atom+xml"}. */
    @Override
    public String mediaType() {
        return "application/atom+xml";
    }

    /** {@code "atom"}. */
    @Override
    public String fileExtension() {
        return "atom";
    }

    /** A writer that collects articles and writes the feed, UTF-8 encoded, on close; {@code out} stays open. */
    @Override
    public ArticleWriter writer(OutputStream out) {
        return new FeedWriter(out, AtomFeed::of);
    }
}
